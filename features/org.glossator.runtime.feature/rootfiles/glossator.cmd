@echo off
rem Starts Glossator on the Java found in JAVA_HOME or on the PATH (17 or newer).
rem "glossator <command> ..." (import, export, annotate, validate, stats, help) runs the headless command line instead.
setlocal
set "HERE=%~dp0"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if "%GLOSSATOR_WORKSPACE%"=="" set "GLOSSATOR_WORKSPACE=%USERPROFILE%\glossator-workspace"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
for %%c in (import export annotate validate stats help --help) do if /i "%~1"=="%%c" goto cli
"%JAVA%" -Xms1g -Xmx2g %GLOSSATOR_VM_ARGS% -jar "%LAUNCHER%" -data "%GLOSSATOR_WORKSPACE%" %*
exit /b %ERRORLEVEL%
:cli
"%JAVA%" -Xms1g -Xmx2g %GLOSSATOR_VM_ARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -application org.glossator.cli.application -nosplash -data @none %*
exit /b %ERRORLEVEL%
