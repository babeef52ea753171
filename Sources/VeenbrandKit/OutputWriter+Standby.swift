import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension OutputWriter {
    /// Makes the standby folder hold exactly `site` and returns what it holds.
    ///
    /// For each file, the cheapest way that gives the right bytes: the standby already holds
    /// a file made from the same inputs (`standby` says so) → nothing; the output holds one
    /// (`output` says so) → a hard link to it; else the file is rendered, and linked to the
    /// output's file if the bytes are the same, or written. Files the site no longer has are
    /// removed. Without a cache every file is rendered, and the result is the same.
    func bringStandbyUp(to site: RenderedSite, output known: BuildCache.Output?,
                        standby knownStandby: BuildCache.Output?) throws -> BuildCache.Output {
        let live = output.path
        let hasLive = isDirectory(live)
        let fresh = !isDirectory(standby)
        try OutputFiles.makeFolders(for: standby + "/x")
        try Self.each(site.files) { file in
            let target = standby + "/" + file.path
            let current = live + "/" + file.path
            if let fingerprint = file.fingerprint {
                if let kept = knownStandby?.pages[file.path], kept == fingerprint { return }
                if let shown = known?.pages[file.path], shown == fingerprint, OutputFiles.share(current, at: target) { return }
            }
            var text = try file.contents()
            if hasLive, text.withUTF8({ OutputFiles.hasContents($0, at: current) }), OutputFiles.share(current, at: target) { return }
            try OutputFiles.put(text, at: target, fresh: fresh)
        }

        var copied: [String: FileStamp] = [:]
        for file in site.copied {
            let target = standby + "/" + file.outputFile
            let current = live + "/" + file.outputFile
            let stamp = FileStamp.of(file.source.path)
            if let stamp { copied[file.outputFile] = stamp }
            if let stamp, knownStandby?.copied[file.outputFile] == stamp { continue }
            if let stamp, known?.copied[file.outputFile] == stamp, OutputFiles.share(current, at: target) { continue }
            if hasLive, let bytes = FileManager.default.contents(atPath: file.source.path),
               bytes.withUnsafeBytes({ OutputFiles.hasContents($0.bindMemory(to: UInt8.self), at: current) }),
               OutputFiles.share(current, at: target) {
                continue
            }
            try OutputFiles.copy(file.source.path, to: target)
        }

        let kept = site.paths
        let present = knownStandby.map { Array($0.pages.keys) + Array($0.copied.keys) } ?? OutputFiles.files(under: standby)
        for path in present where !kept.contains(path) { OutputFiles.remove(standby + "/" + path, under: standby) }
        return BuildCache.Output(folder: output.path, pages: site.fingerprints, copied: copied)
    }

    /// Brings the output folder, which holds what `known` describes, up to `site` in place:
    /// only files whose fingerprint changed are rendered, only those whose bytes changed are
    /// written (each beside, then renamed over), and files the site no longer has are removed.
    func update(_ site: RenderedSite, known: BuildCache.Output) throws -> BuildCache.Output {
        let root = output.path
        let changed = site.files.filter { file in
            guard let fingerprint = file.fingerprint, let old = known.pages[file.path] else { return true }
            return old != fingerprint
        }
        try Self.each(changed) { file in
            var text = try file.contents()
            let path = root + "/" + file.path
            if text.withUTF8({ OutputFiles.hasContents($0, at: path) }) { return }
            try OutputFiles.put(text, at: path + ".veenbrand-new")
            guard rename(path + ".veenbrand-new", path) == 0 else { throw OutputFiles.Failure(path: path) }
        }
        var copied: [String: FileStamp] = [:]
        for file in site.copied {
            guard let stamp = FileStamp.of(file.source.path) else { continue }
            copied[file.outputFile] = stamp
            guard known.copied[file.outputFile] != stamp else { continue }
            let path = root + "/" + file.outputFile
            try OutputFiles.copy(file.source.path, to: path + ".veenbrand-new")
            guard rename(path + ".veenbrand-new", path) == 0 else { throw OutputFiles.Failure(path: path) }
        }
        for path in Set(known.pages.keys).union(known.copied.keys).subtracting(site.paths).sorted() {
            OutputFiles.remove(root + "/" + path, under: root)
        }
        return BuildCache.Output(folder: root, pages: site.fingerprints, copied: copied)
    }

    /// Runs `body` for every file on all cores; throws the first failure (by file order).
    private static func each(_ files: [OutputFile], _ body: (OutputFile) throws -> Void) throws {
        let failures = files.concurrentMap { file -> Error? in
            do {
                try body(file)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}
