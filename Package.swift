// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "resolint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ResolintKit", targets: ["ResolintKit"]),
        .executable(name: "resolint", targets: ["resolint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .target(name: "ResolintKit"),
        .executableTarget(
            name: "resolint",
            dependencies: [
                "ResolintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ResolintKitTests", dependencies: ["ResolintKit"]),
        .testTarget(name: "resolintTests", dependencies: ["resolint"]),
    ],
    swiftLanguageModes: [.v6]
)
