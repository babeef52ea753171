import CAtomicSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the rendered site. Only this stage writes files.
///
/// The site is written into a standby folder beside the output folder (`.output.previous`) and
/// swapped with it in one step (`renameat2(RENAME_EXCHANGE)`) only when complete, so a failed
/// or interrupted build leaves the previous output as it was. The standby folder then holds
/// the previous site, so the next build need only bring it up to date: files whose inputs did
/// not change are left alone or hard-linked from the output (keeping their modification time),
/// and only changed pages are rendered and written (see `OutputWriter+Standby`).
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
        standby = OutputSibling.path("previous", beside: outputPath)
        writingMarker = OutputSibling.path("writing", beside: outputPath)
    }

    /// The folder that holds the previous site between builds, and the next one while it is written.
    let standby: String
    /// Present while the standby folder is being written: its contents are then unknown.
    let writingMarker: String

    func sibling(_ suffix: String) -> String { OutputSibling.path(suffix, beside: output.path) }

    /// Writes the site.
    ///
    /// - `manifest`: written beside the output once the new site is in place (the old one is
    ///   removed before), so a manifest never describes another output.
    /// - `cache`: what the output and standby folders hold (updated here); files whose inputs
    ///   are unchanged are then neither rendered nor written. With `cacheKey`, the cache is
    ///   also saved to its file beside the output, for the next `veenbrand build`.
    /// - `inPlace`: update the output folder itself, file by file (the preview server's own
    ///   folder, which no one deploys), instead of swapping a finished folder in.
    public func write(_ site: RenderedSite, manifest: BuildManifest? = nil, cache: BuildCache? = nil,
                      cacheKey: String? = nil, inPlace: Bool = false) throws(BuildFailure) {
        do {
            let lock = try lockOutput()
            defer { close(lock) }
            // A build that was interrupted left the marker: neither folder is then what any
            // cache says (the output is still a whole site, the standby is not).
            let interrupted = access(writingMarker, F_OK) == 0
            let known = interrupted ? nil : cache?.output.flatMap { $0.folder == output.path && isDirectory(output.path) ? $0 : nil }
            let knownStandby = interrupted ? nil : cache?.standby.flatMap { $0.folder == standby && isDirectory(standby) ? $0 : nil }
            cache?.forgetOutput()
            unlink(BuildManifest.location(for: output).path)
            let written: BuildCache.Output
            var previous: BuildCache.Output?
            if inPlace, let known {
                written = try update(site, known: known)
            } else {
                guard FileManager.default.createFile(atPath: writingMarker, contents: nil) else {
                    throw OutputFiles.Failure(path: writingMarker)
                }
                written = try bringStandbyUp(to: site, output: known, standby: knownStandby)
                if try swapStandbyIn() {
                    previous = known.map { BuildCache.Output(folder: standby, pages: $0.pages, copied: $0.copied) }
                }
            }
            if let manifest { try JSONEncoder().encode(manifest).write(to: BuildManifest.location(for: output)) }
            if let cache {
                cache.remember(output: written, standby: previous)
                if let cacheKey {
                    try Data(cache.archived(key: cacheKey)).write(to: URL(fileURLWithPath: BuildCache.location(forOutput: output.path)))
                }
            }
            unlink(writingMarker)
        } catch let failure as BuildFailure {
            throw failure
        } catch let error as BuildError {
            throw BuildFailure([error])
        } catch {
            throw BuildFailure([BuildError(path: output.path, "cannot write the site: \(error.localizedDescription)")])
        }
    }

    /// Swaps the finished standby folder with the output folder (the standby then holds the
    /// previous site); true if there was a previous site.
    private func swapStandbyIn() throws -> Bool {
        guard FileManager.default.fileExists(atPath: output.path) else {
            guard rename(standby, output.path) == 0 else { throw OutputFiles.Failure(path: output.path) }
            return false
        }
        if veenbrand_exchange_paths(standby, output.path) == 0 { return true }
        // No atomic exchange here: three renames, with a moment between them.
        let aside = sibling("aside")
        guard rename(output.path, aside) == 0, rename(standby, output.path) == 0, rename(aside, standby) == 0 else {
            throw OutputFiles.Failure(path: output.path)
        }
        return true
    }

    /// Takes the output's lock (a file beside it), waiting for another build of it to finish.
    private func lockOutput() throws -> Int32 {
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let path = sibling("lock")
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFiles.Failure(path: path) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw OutputFiles.Failure(path: path)
            }
        }
        return descriptor
    }

    func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
