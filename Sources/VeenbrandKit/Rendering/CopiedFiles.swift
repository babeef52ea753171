extension SitePath {
    static let assets = SitePath.folder(SourceFolder.assetsAddress)
}

/// The theme's assets (`theme/assets/` → `/assets/`) and the editors' media
/// (`content/media/` → `/media/`), copied as they are.
final class CopiedFiles: Producer {
    let name = "a copied file"
    let kind = OutputKind.copy
    let reservedNames = [SourceFolder.assetsAddress, SourceFolder.mediaAddress]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.files.enumerated().map { Route($1.sitePath, self, item: $0) }
    }

    /// The source file's stamp: a file saved again is copied again.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        context.sourceFingerprint(context.site.files[route.item].source)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        .copy(of: context.site.files[route.item].source)
    }

    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? {
        if path.hasPrefix("/media/") { return "there is no file \(path.dropFirst()) in content/media/" }
        if path.hasPrefix("/assets/") { return "there is no file \(path.dropFirst("/assets/".count)) in theme/assets/" }
        return nil
    }
}

extension RenderContext {
    /// Of the file at `source` (relative to the site folder): its path and stamp, which change
    /// when it is saved again.
    func sourceFingerprint(_ source: String) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.add(source)
        if let stamp = FileStamp.of(sourcePath(source)) {
            for number in [stamp.size, stamp.modified, stamp.changed, Int(bitPattern: stamp.inode)] {
                fingerprint.add(number)
            }
        }
        return fingerprint
    }

    /// The full path of `source`, a path relative to the site folder.
    func sourcePath(_ source: String) -> String { bodies.folder.rootPath + "/" + source }
}
