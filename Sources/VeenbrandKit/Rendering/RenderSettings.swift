/// What every page is rendered with besides the content: the settings, the UI strings and the
/// templates, once the sources are known to be free of problems (`PreparedSite.settings`).
struct RenderSettings: Sendable {
    let config: SiteConfig
    let strings: UIStrings
    let templates: TemplateSet
    /// Of the settings and theme files, so a page made with other ones is made again.
    let fingerprint: Fingerprint

    init(config: SiteConfig, strings: UIStrings, templates: TemplateSet, sources: SiteSources) {
        self.config = config
        self.strings = strings
        self.templates = templates
        var fingerprint = sources.settingsFingerprint
        fingerprint.add(sources.themeFingerprint)
        fingerprint.add(config.baseURL)
        self.fingerprint = fingerprint
    }
}
