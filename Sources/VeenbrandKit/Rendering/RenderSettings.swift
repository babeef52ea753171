/// What every page is rendered with besides the content: the settings, the UI strings and the
/// templates, once the sources are known to be free of problems.
struct RenderSettings: Sendable {
    let config: SiteConfig
    let strings: UIStrings
    let templates: TemplateSet
    /// Of the settings and theme files, so a page made with other ones is made again.
    let fingerprint: Fingerprint

    /// The settings of a site whose sources parsed and whose addresses are clear; else every
    /// problem found in them, in one failure.
    init(checking parsed: ParsedSite, sources: SiteSources, site: SiteModel, routes: RouteTable)
        throws(BuildFailure)
    {
        let problems = parsed.problems + site.images.problems + routes.problems
        guard problems.isEmpty, let config = parsed.config, let strings = parsed.strings,
            let templates = parsed.templates
        else { throw BuildFailure(problems) }
        self.config = config
        self.strings = strings
        self.templates = templates
        var fingerprint = sources.settingsFingerprint
        fingerprint.add(sources.themeFingerprint)
        fingerprint.add(config.baseURL)
        self.fingerprint = fingerprint
    }
}
