# Windows equivalent of installer/build.sh: trimmed runtime, app-image (a portable folder) and an .msi.
# NOT RUN: Spikeworks is built on Linux and jpackage cannot cross-build; this script is the recipe for a Windows
# runner (CI matrix or a Windows PC). Needs JDK 17+ (jdeps, jlink, jpackage), Maven, and WiX Toolset 3.x on PATH
# (candle.exe, light.exe) for the .msi.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# What differs from Linux:
# - ND4J's natives: -Dnd4j.classifier=windows-x86_64 (the pom defaults to linux-x86_64). JavaFX picks its "win"
#   jars by itself. The natives unpack on first run into %USERPROFILE%\.javacpp\cache (about 400 MB, as on Linux).
# - The icon is installer\windows\spikeworks.ico (made by installer/icons.py from assets/icons).
# - Menu entry and desktop shortcut come from --win-menu/--win-shortcut; --win-upgrade-uuid keeps upgrades in place.
$ErrorActionPreference = 'Stop'
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Out = "$Root\target\installer"
$Version = '0.1.0'

Push-Location $Root
try {
    mvn -B -q package -DskipTests "-Dnd4j.classifier=windows-x86_64"
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }

    Remove-Item -Recurse -Force "$Out\input", "$Out\runtime", "$Out\app-image" -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force "$Out\input\assets" | Out-Null
    Copy-Item target\spikeworks.jar, target\lib\*.jar "$Out\input\"
    Copy-Item -Recurse assets\datasets, assets\icons "$Out\input\assets\"
    Copy-Item -Recurse sample-projects "$Out\input\"

    # Same modules as on Linux (jdeps of the same jars; the natives differ, not the Java code).
    $Modules = 'java.base,java.compiler,java.desktop,java.logging,java.management,java.prefs,java.sql,java.xml,jdk.incubator.vector,jdk.management,jdk.unsupported'
    jlink --add-modules $Modules --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2 --output "$Out\runtime"
    if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

    $Common = @('--name', 'Spikeworks', '--app-version', $Version, '--vendor', 'Spikeworks',
        '--description', 'Spiking neural network workbench',
        '--input', "$Out\input", '--main-jar', 'spikeworks.jar', '--main-class', 'io.spikeworks.Main',
        '--runtime-image', "$Out\runtime", '--icon', "$PSScriptRoot\spikeworks.ico",
        '--java-options', '--add-modules=jdk.incubator.vector', '--java-options', '-XX:GCTimeRatio=4')
    jpackage --type app-image @Common --dest "$Out\app-image"
    if ($LASTEXITCODE -ne 0) { throw 'jpackage app-image failed' }
    Compress-Archive -Force "$Out\app-image\Spikeworks" "$Out\Spikeworks-$Version-windows-x64.zip"

    jpackage --type msi @Common --dest $Out --win-menu --win-menu-group Spikeworks --win-shortcut `
        --win-dir-chooser --win-upgrade-uuid 6f1c2a52-3d0e-4c4b-9d0e-5b1f3f2a7c11
    if ($LASTEXITCODE -ne 0) { throw 'jpackage msi failed' }
    Get-ChildItem $Out\*.msi, $Out\*.zip
} finally {
    Pop-Location
}
