/// site.yaml's `cms:`: the git repository the CMS commits the editors' changes to, and which
/// CMS the admin page loads.
///
/// ```yaml
/// cms:
///   repo: beweging/site     # owner/name on GitHub
///   branch: main            # default main
///   app: sveltia            # or decap, the default
///   oauthURL: https://…     # Decap's sign-in service, if not Netlify's
/// ```
struct CMSSettings: Sendable, Equatable {
    var repo: String
    var branch: String
    var app: CMSApp = .decap
    /// The OAuth service Decap signs in through (its back end's `base_url`), if not Netlify's.
    var oauthURL: String?

    static func parse(_ fields: inout YAMLMapping) -> (settings: CMSSettings?, errors: [BuildError]) {
        guard var mapping = fields.mapping("cms") else { return (nil, []) }
        mapping.rejectUnknownKeys(["repo", "branch", "app", "oauthURL"])
        let repo = mapping.string("repo", required: true)
        if let repo, !isRepository(repo), let node = mapping.node("repo") {
            mapping.fail(node, "'repo' '\(repo)' must be a GitHub repository as owner/name, like beweging/site")
        }
        let branch = mapping.string("branch") ?? "main"
        var app = CMSApp.decap
        if let name = mapping.string("app"), let node = mapping.node("app") {
            if let chosen = CMSApp(rawValue: name) {
                app = chosen
            } else {
                let names = CMSApp.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
                mapping.fail(node, "'app' '\(name)' is no CMS Veenbrand knows: write \(names)")
            }
        }
        let oauthURL = mapping.string("oauthURL")
        if let oauthURL, !DocumentParser.isWebAddress(oauthURL), let node = mapping.node("oauthURL") {
            mapping.fail(node, "'oauthURL' '\(oauthURL)' must be a web address starting with https://")
        }
        guard let repo, isRepository(repo), mapping.errors.isEmpty else { return (nil, mapping.errors) }
        return (CMSSettings(repo: repo, branch: branch, app: app, oauthURL: oauthURL), [])
    }

    /// `owner/name`: letters, digits, `-`, `_` and `.` on each side of one `/`.
    static func isRepository(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2
            && parts.allSatisfy { part in
                !part.isEmpty && part != "." && part != ".."
                    && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
            }
    }
}
