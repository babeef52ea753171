/// A CMS the admin page can load. Both read the same configuration (`/admin/config.yml`) and
/// commit to the same repository; they differ in how an editor signs in. Each is one exact
/// version of its published script with the SHA-384 of that file: the browser runs it only if
/// the CDN serves exactly those bytes. A new version is a new pair, both changed here.
enum CMSApp: String, Sendable, Equatable, CaseIterable {
    /// Decap CMS: signs in to GitHub through an OAuth service (Netlify's, or one of your own).
    case decap
    /// Sveltia CMS: also signs in with a GitHub token, so it works on GitHub Pages as it is.
    case sveltia

    /// The script's address, one exact version.
    var script: String {
        switch self {
        case .decap: "https://unpkg.com/decap-cms@3.15.1/dist/decap-cms.js"
        case .sveltia: "https://unpkg.com/@sveltia/cms@0.181.1/dist/sveltia-cms.js"
        }
    }

    /// The Subresource Integrity of that script.
    var integrity: String {
        switch self {
        case .decap: "sha384-in6eHztHveqQ7uMZ1fDaKlDmacQLFuLH2wWrFTiymyuS8zQ5bixwL8U3AeRi8h/L"
        case .sveltia: "sha384-56C5raxd/5XdH4pb8zeqvfejo4JFZEVSmBt5/IqeNDxSrjUve6rHPOl3fz1LXHWf"
        }
    }

    /// Its name, as the admin page says it.
    var name: String {
        switch self {
        case .decap: "Decap CMS"
        case .sveltia: "Sveltia CMS"
        }
    }
}
