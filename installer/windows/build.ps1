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
# - The icon is installer\windows\spikeworks.ico, the same PNGs as Linux's (installer/icons.py packs assets/icons;
#   InstallerConsistencyTest checks it holds them).
# - Menu entry and desktop shortcut come from --win-menu/--win-shortcut; --win-upgrade-uuid keeps upgrades in place.
$ErrorActionPreference = 'Stop'
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Out = "$Root\target\installer"
# Name, description, main class, launcher options, modules and assets: installer\package.properties, as on Linux
$Pkg = Get-Content -Raw "$Root\installer\package.properties" | ConvertFrom-StringData  # '#' lines are comments
$PomVersion = ([xml](Get-Content "$Root\pom.xml")).project.version
$Version = ($PomVersion -split '-')[0]

Push-Location $Root
try {
    mvn -B -q package -DskipTests "-Dnd4j.classifier=windows-x86_64"
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }

    Remove-Item -Recurse -Force "$Out\input", "$Out\runtime", "$Out\app-image" -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force "$Out\input\assets" | Out-Null
    Copy-Item target\spikeworks.jar, target\lib\*.jar "$Out\input\"
    foreach ($a in $Pkg['assets'] -split ' ') { Copy-Item -Recurse "assets\$a" "$Out\input\assets\" }
    Copy-Item -Recurse sample-projects "$Out\input\"
    Remove-Item -Force "$Out\input\sample-projects\.gitkeep" -ErrorAction SilentlyContinue

    jlink --add-modules $Pkg['modules'] --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2 --output "$Out\runtime"
    if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

    $Common = @('--name', $Pkg['name'], '--app-version', $Version, '--vendor', $Pkg['vendor'],
        '--description', $Pkg['description'], '--copyright', $Pkg['copyright'],
        '--input', "$Out\input", '--main-jar', $Pkg['main-jar'], '--main-class', $Pkg['main-class'],
        '--runtime-image', "$Out\runtime", '--icon', "$PSScriptRoot\spikeworks.ico")
    foreach ($o in $Pkg['java-options'] -split ' ') { $Common += @('--java-options', $o) }
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
