// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "resolint",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ResolintKit", targets: ["ResolintKit"]),
        .library(name: "ResolintAKN", targets: ["ResolintAKN"]),
        .executable(name: "resolint", targets: ["resolint"]),
    ],
    targets: [
        .target(name: "ResolintKit"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "ResolintAKN", dependencies: ["ResolintKit", "CLibXML2"]),
        .executableTarget(
            name: "resolint",
            dependencies: ["ResolintKit", "ResolintAKN"]
        ),
        .testTarget(name: "ResolintKitTests", dependencies: ["ResolintKit"]),
        .testTarget(name: "ResolintAKNTests", dependencies: ["ResolintAKN", "ResolintKit"]),
        .testTarget(name: "resolintTests", dependencies: ["resolint"]),
    ],
    swiftLanguageModes: [.v6]
)
