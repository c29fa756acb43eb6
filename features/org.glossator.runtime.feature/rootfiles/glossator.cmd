@echo off
rem Starts Glossator on the Java found in JAVA_HOME or on the PATH (17 or newer).
setlocal
set "HERE=%~dp0"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if "%GLOSSATOR_WORKSPACE%"=="" set "GLOSSATOR_WORKSPACE=%USERPROFILE%\glossator-workspace"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -Xmx2g %GLOSSATOR_VM_ARGS% -jar "%LAUNCHER%" -data "%GLOSSATOR_WORKSPACE%" %*
