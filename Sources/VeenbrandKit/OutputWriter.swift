import CAtomicSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the rendered site. Only this stage writes files.
///
/// The site is written into a staging folder beside the output folder and swapped in only when
/// complete, so a failed or interrupted build leaves the previous output as it was.
public struct OutputWriter: Sendable {
    public let output: URL

    /// Refuses output folders whose replacement would destroy sources or something bigger.
    public init(output: URL, source: URL) throws(BuildFailure) {
        let outputPath = output.standardizedFileURL.resolvingSymlinksInPath().path
        let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        let reason: String? =
            outputPath == "/" || outputPath == home ? "is the root or home folder"
            : isInside(sourcePath, outputPath) ? "is the site folder or contains it"
            : isInside(outputPath, sourcePath + "/content") || isInside(outputPath, sourcePath + "/theme")
                ? "is inside content/ or theme/" : nil
        if let reason {
            throw BuildFailure([BuildError(path: output.path, "refusing to use this output folder: it \(reason)")])
        }
        self.output = URL(fileURLWithPath: outputPath)
    }

    /// Writes the site and swaps it in; `manifest` (if any) is written beside it afterwards, and
    /// the old one removed before the swap, so a manifest never describes another output.
    ///
    /// With a `cache` that knows what the output folder holds (the preview server's own folder),
    /// the folder is updated in place instead: only files whose fingerprint changed are
    /// rendered, only those whose bytes changed are written (each by a rename), and files the
    /// site no longer has are removed.
    public func write(_ site: RenderedSite, manifest: BuildManifest? = nil, cache: BuildCache? = nil) throws(BuildFailure) {
        if let cache {
            do {
                let known = cache.output.flatMap { $0.folder == output.path && isDirectory(output.path) ? $0 : nil }
                cache.forgetOutput()
                if let known { try update(site, known: known) } else { try write(site, manifest: manifest) }
                cache.remember(output: BuildCache.Output(
                    folder: output.path,
                    pages: Dictionary(site.files.map { ($0.path, $0.fingerprint) }, uniquingKeysWith: { _, last in last }),
                    copied: Dictionary(site.copied.compactMap { file in FileStamp.of(file.source.path).map { (file.outputFile, $0) } },
                                       uniquingKeysWith: { _, last in last })))
            } catch let failure as BuildFailure {
                throw failure
            } catch let error as BuildError {
                throw BuildFailure([error])
            } catch {
                throw BuildFailure([BuildError(path: output.path, "cannot write the site: \(error.localizedDescription)")])
            }
            return
        }
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            removeLeftovers(in: parent)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders = Set<String>()
            for file in site.files { try makeFolder(for: file.path, in: staging, folders: &folders) }
            let previous = fileManager.fileExists(atPath: output.path) ? output.path : nil
            // Each page is rendered here, on all cores, and written at once: no page is kept.
            let failures = site.files.concurrentMap { file -> Error? in
                do {
                    return Self.writeFile(try file.contents(), to: staging.path + "/" + file.path,
                                          keepingIdentical: previous.map { $0 + "/" + file.path })
                } catch {
                    return error
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            for file in site.copied {
                let target = staging.appendingPathComponent(file.outputFile)
                try makeFolder(for: file.outputFile, in: staging, folders: &folders)
                // An unchanged file keeps its modification time, as pages do.
                if let previous, let bytes = fileManager.contents(atPath: file.source.path),
                   bytes.withUnsafeBytes({ Self.hasContents($0.bindMemory(to: UInt8.self), at: previous + "/" + file.outputFile) }),
                   link(previous + "/" + file.outputFile, target.path) == 0 {
                    continue
                }
                try fileManager.copyItem(at: file.source, to: target)
            }
            let manifestFile = BuildManifest.location(for: output)
            try? fileManager.removeItem(at: manifestFile)
            if fileManager.fileExists(atPath: output.path), veenbrand_exchange_paths(staging.path, output.path) == 0 {
                try fileManager.removeItem(at: staging)  // now the previous site
            } else if fileManager.fileExists(atPath: output.path) {
                // No atomic exchange here: two renames, with a moment between them.
                try? fileManager.removeItem(at: retired)
                try fileManager.moveItem(at: output, to: retired)
                try fileManager.moveItem(at: staging, to: output)
                try fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: staging, to: output)
            }
            if let manifest { try JSONEncoder().encode(manifest).write(to: manifestFile) }
        } catch let error as BuildError {
            try? fileManager.removeItem(at: staging)
            throw BuildFailure([error])
        } catch {
            try? fileManager.removeItem(at: staging)
            throw BuildFailure([BuildError(path: output.path, "cannot write the site: \(error.localizedDescription)")])
        }
    }

    /// Brings the output folder, which holds what `known` describes, up to `site` in place.
    /// No manifest describes a folder updated this way.
    private func update(_ site: RenderedSite, known: BuildCache.Output) throws {
        try? FileManager.default.removeItem(at: BuildManifest.location(for: output))
        var folders = Set<String>()
        let changed = site.files.filter { file in
            guard let fingerprint = file.fingerprint, let old = known.pages[file.path] else { return true }
            return old != fingerprint
        }
        for file in changed { try makeFolder(for: file.path, in: output, folders: &folders) }
        let failures = changed.concurrentMap { file -> Error? in
            do {
                return Self.replaceFile(try file.contents(), at: output.path + "/" + file.path)
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        for file in site.copied {
            guard let stamp = FileStamp.of(file.source.path), known.copied[file.outputFile] != stamp else { continue }
            try makeFolder(for: file.outputFile, in: output, folders: &folders)
            let temporary = output.path + "/" + file.outputFile + ".veenbrand-new"
            try? FileManager.default.removeItem(atPath: temporary)
            try FileManager.default.copyItem(atPath: file.source.path, toPath: temporary)
            guard rename(temporary, output.path + "/" + file.outputFile) == 0 else {
                throw WriteFailure(path: file.outputFile, reason: String(cString: strerror(errno)))
            }
        }
        let kept = Set(site.files.map(\.path) + site.copied.map(\.outputFile))
        for path in Set(known.pages.keys).union(known.copied.keys).subtracting(kept).sorted() {
            unlink(output.path + "/" + path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {  // folders left empty go too
                folder = folder[..<slash]
                if rmdir(output.path + "/" + folder) != 0 { break }
            }
        }
    }

    /// Puts `text` at `path` unless the file there already holds it: written beside it first,
    /// then renamed over it, so a reader never sees half a page.
    static func replaceFile(_ text: String, at path: String) -> WriteFailure? {
        var text = text
        let same = text.withUTF8 { hasContents($0, at: path) }
        if same { return nil }
        let temporary = path + ".veenbrand-new"
        if let failure = writeFile(text, to: temporary, keepingIdentical: nil) { return failure }
        guard rename(temporary, path) == 0 else { return WriteFailure(path: path, reason: String(cString: strerror(errno))) }
        return nil
    }

    private func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Staging folders of builds that were killed (their process is gone) are removed.
    private func removeLeftovers(in parent: URL) {
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).old-"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: name.hasPrefix), let pid = Int32(name.dropFirst(prefix.count)),
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    struct WriteFailure: Error, LocalizedError {
        let path: String
        let reason: String
        var errorDescription: String? { "\(path): \(reason)" }
    }

    /// Writes `text` to `path`; when the previous site has the same bytes at `previousPath`,
    /// that file is hard-linked instead, so an unchanged page keeps its modification time
    /// (rsync-style deploys then send only what changed).
    static func writeFile(_ text: String, to path: String, keepingIdentical previousPath: String?) -> WriteFailure? {
        var text = text
        return text.withUTF8 { bytes -> WriteFailure? in
            if let previousPath, hasContents(bytes, at: previousPath), link(previousPath, path) == 0 { return nil }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return WriteFailure(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            var written = 0
            while written < bytes.count {
                let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return WriteFailure(path: path, reason: String(cString: strerror(errno)))
                }
                written += result
            }
            return nil
        }
    }

    /// Whether the file at `path` holds exactly `bytes`.
    private static func hasContents(_ bytes: UnsafeBufferPointer<UInt8>, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + done, bytes.count - done) }
            if count <= 0 { return false }
            done += count
        }
        return existing.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// Creates the folder that will hold `path` (and its parents) once per build.
    private func makeFolder(for path: String, in root: URL, folders: inout Set<String>) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        guard folders.insert(folder).inserted else { return }
        try makeFolder(for: folder, in: root, folders: &folders)
        if mkdir(root.path + "/" + folder, 0o755) != 0, errno != EEXIST {
            throw WriteFailure(path: root.path + "/" + folder, reason: String(cString: strerror(errno)))
        }
    }
}
