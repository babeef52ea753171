// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Veenbrand",
    products: [
        .executable(name: "veenbrand", targets: ["veenbrand"]),
        .library(name: "VeenbrandKit", targets: ["VeenbrandKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CAtomicSwap"),
        .target(
            name: "VeenbrandKit",
            dependencies: [
                "CCmarkGFM",
                "CAtomicSwap",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "VeenbrandServe",
            dependencies: [
                "VeenbrandKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "veenbrand",
            dependencies: [
                "VeenbrandKit",
                "VeenbrandServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "VeenbrandBench",
            dependencies: ["VeenbrandKit"]
        ),
        .testTarget(
            name: "VeenbrandKitTests",
            dependencies: ["VeenbrandKit"]
        ),
        .testTarget(
            name: "VeenbrandServeTests",
            dependencies: [
                "VeenbrandServe",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
