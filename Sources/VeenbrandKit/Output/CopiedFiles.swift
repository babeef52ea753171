extension SitePath {
    static let assets = SitePath.folder("assets")
}

/// The theme's assets (`theme/assets/` → `/assets/`) and the editors' media
/// (`content/media/` → `/media/`), copied as they are.
final class CopiedFiles: Producer {
    let name = "a copied file"
    let kind = OutputKind.copy
    let reservedNames = ["assets", "media"]

    func routes(_ site: SiteModel) -> [Route] {
        site.files.enumerated().map { Route($1.sitePath, self, item: $0) }
    }

    /// The source file's stamp: a file saved again is copied again.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let source = context.site.files[route.item].source
        var fingerprint = Fingerprint()
        fingerprint.add(source)
        if let stamp = FileStamp.of(context.bodies.folder.rootPath + "/" + source) {
            for number in [stamp.size, stamp.modified, stamp.changed, Int(bitPattern: stamp.inode)] {
                fingerprint.add(number)
            }
        }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        .copy(of: context.site.files[route.item].source)
    }
}
