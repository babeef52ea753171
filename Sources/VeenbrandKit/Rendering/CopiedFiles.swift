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

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        .copy(of: context.site.files.owned(by: route).source)
    }

    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? {
        if path.hasPrefix("/media/") { return "there is no file \(path.dropFirst()) in content/media/" }
        if path.hasPrefix("/assets/") { return "there is no file \(path.dropFirst("/assets/".count)) in theme/assets/" }
        return nil
    }
}
