// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Veenbrand",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "veenbrand", targets: ["veenbrand"]),
        .library(name: "VeenbrandKit", targets: ["VeenbrandKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "VeenbrandKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "veenbrand",
            dependencies: [
                "VeenbrandKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VeenbrandKitTests",
            dependencies: ["VeenbrandKit"]
        ),
    ]
)
