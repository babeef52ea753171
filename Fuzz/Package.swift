// swift-tools-version:6.0
// libFuzzer harnesses for Veenbrand's parsers. A package of its own, so that the main package's
// `swift build` never links them (libFuzzer brings its own `main`). Build and run with
// `scripts/fuzz`; see the README's "Fuzzing" section.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which differs between clones.
let veenbrand = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let kit = Target.Dependency.product(name: "VeenbrandKit", package: veenbrand.lastPathComponent)

let package = Package(
    name: "VeenbrandFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: veenbrand.path)],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: [kit, "CFuzzDriver"]),
        .executableTarget(name: "FuzzSlug", dependencies: [kit, "CFuzzDriver"]),
        .executableTarget(name: "FuzzArticle", dependencies: [kit, "CFuzzDriver"]),
        .executableTarget(name: "FuzzBody", dependencies: [kit, "CFuzzDriver"]),
        .executableTarget(name: "FuzzTemplate", dependencies: [kit, "CFuzzDriver"]),
        .executableTarget(name: "FuzzSearchedPage", dependencies: [kit, "CFuzzDriver"]),
    ]
)
