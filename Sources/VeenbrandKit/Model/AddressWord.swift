/// The words of the site's addresses (`/nieuws/…`, `/themas/…`, `/pagina/2/`), by what they
/// name. What each word is, is a setting (`AddressWords`, site.yaml's `paths:`); the raw values
/// are the keys site.yaml writes them under.
enum AddressWord: String, Sendable, CaseIterable, Hashable, Comparable {
    /// Articles: `/nieuws/<slug>/`.
    case articles
    /// Topics: `/themas/<slug>/`.
    case themes
    case keywords
    case archive
    case search
    /// The later pages of a paginated list: `/pagina/2/`, `/themas/x/pagina/3/`.
    case page
    /// Events: `/agenda/<slug>/`.
    case agenda
    /// The page on following the site with a feed reader: `/volgen/`.
    case follow

    static func < (lhs: AddressWord, rhs: AddressWord) -> Bool { lhs.rawValue < rhs.rawValue }
}
