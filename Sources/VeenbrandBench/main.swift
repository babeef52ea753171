// Measures the preview server's rebuilds on a site (Benchmarks/run.sh calls it): a first
// build, a rebuild with nothing changed, and a rebuild after one article's title is edited,
// with how many output files each one wrote and where the time went. It builds as `serve`
// does: `Site.build` with one `BuildCache` kept between builds, into a private folder. A
// benchmark, not a test.
//
//   VeenbrandBench SITE_FOLDER ARTICLE_PATH       (ARTICLE_PATH relative to SITE_FOLDER)
import Foundation
import VeenbrandKit

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: VeenbrandBench SITE_FOLDER ARTICLE_PATH\n".utf8))
    exit(64)
}
let source = URL(fileURLWithPath: arguments[1])
let article = source.appendingPathComponent(arguments[2])
let original = try String(contentsOf: article, encoding: .utf8)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-bench-\(UUID().uuidString)")
let output = folder.appendingPathComponent("site")
defer { try? FileManager.default.removeItem(at: folder) }
let options = BuildOptions(
    source: source, output: output, baseURL: .origin("http://localhost:8000"),
    publication: Publication(now: 1_893_456_000))  // 2030-01-01, as the benchmark's builds
let cache = BuildCache()

/// Stage name → milliseconds, for one build.
final class StageClock: @unchecked Sendable {
    var marks: [(String, UInt64)] = []
    func mark(_ name: String) { marks.append((name, DispatchTime.now().uptimeNanoseconds)) }
    func report(end: UInt64) -> String {
        zip(marks, marks.dropFirst().map(\.1) + [end]).map { mark, next in
            String(format: "%@ %.0f", mark.0, Double(next - mark.1) / 1_000_000)
        }.joined(separator: ", ")
    }
}

/// Inode and modification time of every output file: a written file changes them.
func identities() -> [String: String] {
    var result: [String: String] = [:]
    let root = output.path
    guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
    for case let path as String in walker {
        var status = stat()
        if stat(root + "/" + path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            result[path] = "\(status.st_ino) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
    }
    return result
}

func measure(_ label: String) {
    let before = identities()
    let clock = StageClock()
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        try Site.build(options, progress: BuildProgress { clock.mark($0.rawValue) }, cache: cache)
    } catch {
        try? Data(original.utf8).write(to: article)
        fatalError("\(label): the build failed: \(error)")
    }
    let end = DispatchTime.now().uptimeNanoseconds
    let after = identities()
    let written = after.filter { before[$0.key] != $0.value }.count + before.keys.filter { after[$0] == nil }.count
    print(
        String(
            format: "%@: %.0f ms, %d of %d files written (%@)", label, Double(end - start) / 1_000_000, written,
            after.count, clock.report(end: end)))
}

measure("serve first build")
measure("serve rebuild, nothing changed")
for _ in 0..<(Int(ProcessInfo.processInfo.environment["VEENBRAND_BENCH_REPEAT"] ?? "") ?? 0) {
    measure("serve rebuild, nothing changed")
}
guard let titleLine = original.split(separator: "\n").first(where: { $0.hasPrefix("title:") }) else {
    fatalError("no title line")
}
let edited = titleLine.hasSuffix("\"") ? titleLine.dropLast() + " (bewerkt)\"" : titleLine + " (bewerkt)"
try Data(original.replacingOccurrences(of: titleLine, with: edited).utf8).write(to: article)
measure("serve rebuild, one title edited")
try Data(original.utf8).write(to: article)
measure("serve rebuild, title restored")
