/// The fields several kinds of document have, each declared once; each kind lists those it
/// has (`DocumentKind.fields`).
extension Field {
    static let title = Field(
        "title", .text, required: true, label: "Titel", inFeeds: .title,
        meaning: "the heading, and the page's `<title>`")
    static let summary = Field(
        "summary", .summary, initial: .empty, label: "Samenvatting",
        hint: "Een of twee zinnen voor lijsten, feeds en gedeelde links. Leeg: de eerste alinea van de tekst.",
        inFeeds: .description,
        meaning: "a sentence or two for lists, feeds and a shared link; without one, the text's first paragraph")
    static let slug = Field(
        "slug", .slug, label: "Adres",
        hint: "Het laatste deel van het webadres. Leeg: de naam van het bestand.", inTemplates: false,
        meaning: "the last part of the address; without one, the file's name, made URL-safe (see below)")
    static let draft = Field(
        "draft", .flag, initial: .flag(true), label: "Concept",
        hint: "Aangevinkt: het stuk staat nog niet op de site (wel in de voorvertoning). Klaar? Haal het "
            + "vinkje weg en sla op: dan komt het op de site.",
        meaning: "`true` leaves it out of the site unless `--drafts`; `check` still checks it")
    static let updated = Field(
        "updated", .date, label: "Bijgewerkt op",
        meaning: "the day of the last real change: shown under the text, in the sitemap and in feeds")
    static let author = Field(
        "author", .text, label: "Auteur", inFeeds: .creator,
        meaning: "shown under the title and as `dc:creator` in feeds")
    static let themes = Field(
        "themes", .topics, initial: .empty, label: "Thema's", inFeeds: .categories,
        meaning: "names from `themes.yaml` (an unknown one is an error with a suggestion); one name may be "
            + "written without brackets")
    static let keywords = Field(
        "keywords", .keywords, initial: .empty, label: "Trefwoorden", inFeeds: .categories,
        meaning: "free words; keywords differing only in case or accents share one page")
    static let image = Field(
        "image", .picture, label: "Afbeelding",
        meaning: "a picture, a file of the site (`/media/foto.jpg`): shown above the text with its size and "
            + "narrower copies, and cropped to 1200×630 as the share picture. A JPEG, PNG, WebP, GIF or SVG; a "
            + "path that is not an image file of the site is an error at its line")
    static let imageAlt = Field(
        "imageAlt", .pictureText, label: "Beschrijving van de afbeelding",
        hint: "Verplicht bij een afbeelding: wat staat erop, in een zin, voor wie hem niet kan zien. "
            + "Alleen versiering? Zet dan twee aanhalingstekens: \"\"",
        inTemplates: false,
        meaning: "with `image`: what the picture shows, in a sentence, for readers who cannot see it; `\"\"` "
            + "(or the two quotes typed into the CMS) marks a picture that only decorates. An `image` without "
            + "`imageAlt`, or with an empty one as a CMS saves it (`''`), is an error at its line")
    static let aliases = Field(
        "aliases", .aliases, label: "Oude adressen",
        hint: "Adressen waar dit eerder stond, zoals /nieuws/oude-naam/: wie ze volgt, komt hier.",
        inTemplates: false, meaning: "old addresses, which redirect here (see below)")
    static let notes = Field(
        "notes", .note, label: "Notities voor de redactie",
        hint: "Waar de tekst vandaan komt, wat nog nagekeken moet worden. Staat nooit op de site.",
        inTemplates: false,
        meaning: "notes for the editors (where the text comes from, what is left to check): kept in the file, "
            + "never shown on the site. Unlike a `#` comment in the front matter, a save in the CMS keeps them")
}
