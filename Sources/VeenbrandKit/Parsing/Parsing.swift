/// Everything parsed from the sources. Parsing goes on past errors: `problems` holds every one
/// found, and what could be parsed is here, so that one run reports everything wrong, and
/// `check` still checks the documents that did parse.
struct ParsedSite: Sendable {
    var config: SiteConfig?
    var catalog: ThemeCatalog?
    var strings: UIStrings?
    var templates: TemplateSet?
    /// Every article, drafts included, sorted by path.
    var articles: [ArticleEntry]
    /// Every standalone page, drafts included, sorted by path.
    var pages: [PageEntry]
    var problems: [BuildError]
}

/// The parse stage: settings, themes, UI strings, templates and every document. Each document
/// is read, parsed and indexed (summary, fingerprints) on all cores, and its text let go.
enum Parsing {
    static func parse(_ sources: SiteSources, baseURL override: BaseURLOverride? = nil) -> ParsedSite {
        var errors = ErrorCollector()
        errors.add(contentsOf: sources.problems)
        let config = sources.siteConfig.flatMap { file in
            errors.collect { try SiteConfig.parse(file.text, path: file.path, override: override) }
        }
        let catalog = sources.themes.flatMap { file in errors.collect { try ThemeCatalog.parse(file.text, path: file.path) } }
        let templates = errors.collect { try TemplateSet.compile(sources.templates, folder: SourceFolder.templatesFolder) }
        var strings: UIStrings?
        if let config {
            if let file = sources.uiStrings[config.language] {
                strings = errors.collect { try UIStrings.parse(file.text, path: file.path) }
            } else {
                errors.add(BuildError(path: "\(SourceFolder.stringsFolder)/\(config.language).yaml",
                                      "no UI strings for language '\(config.language)' (set in content/site.yaml)"))
            }
        }
        let articles = parseArticles(sources.articles, in: sources.folder, catalog: catalog)
        let pages = parsePages(sources.pages, in: sources.folder)
        errors.add(contentsOf: articles.problems + pages.problems)
        return ParsedSite(config: config, catalog: catalog, strings: strings, templates: templates,
                          articles: articles.entries, pages: pages.entries, problems: errors.errors)
    }

    /// Reads, parses and indexes the articles at `paths` on all cores.
    static func parseArticles(_ paths: [String], in folder: SourceFolder, catalog: ThemeCatalog?)
        -> (entries: [ArticleEntry], problems: [BuildError])
    {
        parseDocuments(paths, in: folder) { file throws(BuildFailure) in
            index(try ArticleParser.parse(file.text, path: file.path, catalog: catalog), stamp: file.stamp)
        }
    }

    static func parsePages(_ paths: [String], in folder: SourceFolder) -> (entries: [PageEntry], problems: [BuildError]) {
        parseDocuments(paths, in: folder) { file throws(BuildFailure) in
            index(try PageParser.parse(file.text, path: file.path), stamp: file.stamp)
        }
    }

    /// An article as the site keeps it: its summary (the first paragraph when the editor wrote
    /// none) and where its body is; the body itself is let go.
    static func index(_ parsed: ParsedDocument<Article>, stamp: FileStamp?) -> ArticleEntry {
        ArticleEntry(parsed.fields, summary: parsed.fields.summary ?? CMark.firstParagraph(of: parsed.body),
                     body: origin(of: parsed, path: parsed.fields.path, stamp: stamp))
    }

    static func index(_ parsed: ParsedDocument<Page>, stamp: FileStamp?) -> PageEntry {
        PageEntry(parsed.fields, summary: parsed.fields.summary ?? CMark.firstParagraph(of: parsed.body),
                  body: origin(of: parsed, path: parsed.fields.path, stamp: stamp))
    }

    private static func origin<Fields>(of parsed: ParsedDocument<Fields>, path: String, stamp: FileStamp?) -> BodyOrigin {
        BodyOrigin(path: path, firstLine: parsed.bodyFirstLine, fingerprint: .of(parsed.body), stamp: stamp)
    }

    private static func parseDocuments<Entry: Sendable>(
        _ paths: [String], in folder: SourceFolder, _ parse: (SourceFile) throws(BuildFailure) -> Entry
    ) -> (entries: [Entry], problems: [BuildError]) {
        let results = paths.concurrentMap { path -> Result<Entry, BuildFailure> in
            do throws(BuildFailure) {
                let file: SourceFile
                do throws(BuildError) { file = try folder.readDocument(path) } catch { throw BuildFailure([error]) }
                return .success(try parse(file))
            } catch {
                return .failure(error)
            }
        }
        var entries: [Entry] = []
        var problems: [BuildError] = []
        for result in results {
            switch result {
            case .success(let entry): entries.append(entry)
            case .failure(let failure): problems += failure.errors
            }
        }
        return (entries, problems)
    }
}
