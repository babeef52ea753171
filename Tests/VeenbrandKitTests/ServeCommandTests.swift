import Foundation
import Testing

@testable import VeenbrandKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `veenbrand serve` as a user starts it: ports out of range are refused, and with `--port 0`
/// the site's links use the port the server really got.
@Suite struct ServeCommandTests {
    static let binary = InterruptedBuildTests.binary

    @Test(arguments: ["99999", "-1"])
    func aPortOutOfRangeIsRefused(port: String) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the veenbrand product first")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--source", TestSite.repository.path, "--port=\(port)"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("is not a port"), "\(text)")
    }

    @Test func portZeroUsesTheRealPort() async throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the veenbrand product first")
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--source", site.root.path, "--port", "0", "--now", "2026-01-01"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var line = ""
        let handle = output.fileHandleForReading
        while !line.contains("Serving the preview at") {
            let data = handle.availableData
            if data.isEmpty { break }
            line += String(decoding: data, as: UTF8.self)
        }
        let address = try #require(line.firstRange(of: /http:\/\/127\.0\.0\.1:(\d+)\//).map { String(line[$0]) })
        let port = address.split(separator: ":").last!.dropLast()
        #expect(port != "0")
        let (data, _) = try await URLSession.shared.data(from: URL(string: address)!)
        let page = String(decoding: data, as: UTF8.self)
        #expect(page.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(port)/\">"))
    }
}
