/// Everything parsed from the sources. Parsing goes on past errors: `problems` holds every one
/// found, and what could be parsed is here, so that one run reports everything wrong, and
/// `check` still checks the documents that did parse.
struct ParsedSite: Sendable {
    var config: SiteConfig?
    var catalog: TopicCatalog?
    var strings: UIStrings?
    var templates: TemplateSet?
    /// Every document of every kind, drafts included, each kind sorted by path.
    var documents: Documents
    var problems: [BuildError]
}

/// The parse stage: settings, themes, UI strings, templates and every document. Each document
/// is read, parsed and indexed (summary, fingerprints) on all cores, and its text let go.
enum Parsing {
    /// Parses `sources`, with the documents of `kinds`; the theme must have the templates of
    /// `uses`, and each must name only values it is rendered with.
    static func parse(
        _ sources: SiteSources, kinds: [DocumentKind], templates uses: [TemplateUse],
        baseURL override: BaseURLOverride? = nil
    ) -> ParsedSite {
        var errors = ErrorCollector()
        errors.add(contentsOf: sources.problems)
        let config = sources.siteConfig.flatMap { file in
            errors.collect { try SiteConfig.parse(file.text, path: file.path, override: override) }
        }
        let catalog = sources.themes.flatMap { file in
            errors.collect { try TopicCatalog.parse(file.text, path: file.path) }
        }
        let templates = errors.collect {
            try TemplateSet.compile(sources.templates, folder: SourceFolder.templatesFolder, required: uses.map(\.name))
        }
        var strings: UIStrings?
        if let config {
            if let file = sources.uiStrings[config.language] {
                strings = errors.collect { try UIStrings.parse(file.text, path: file.path) }
            } else {
                let languages = sources.uiStrings.keys.sorted().joined(separator: ", ")
                errors.add(
                    BuildError(
                        config.languageLocation ?? SourceLocation(path: "content/site.yaml"),
                        "there are no UI strings for language '\(config.language)': add "
                            + "\(SourceFolder.stringsFolder)/\(config.language).yaml, or use one of: \(languages)"))
            }
        }
        if let templates, let strings {
            errors.add(contentsOf: templates.check(uses, labels: Set(strings.labels.keys)))
        }
        var documents = Documents()
        for kind in kinds {
            errors.add(contentsOf: parse(kind, from: sources, catalog: catalog, into: &documents))
        }
        return ParsedSite(
            config: config, catalog: catalog, strings: strings, templates: templates, documents: documents,
            problems: errors.errors)
    }

    /// Parses the documents of `kind` that `sources` lists into `documents`; returns the problems.
    private static func parse(
        _ kind: DocumentKind, from sources: SiteSources, catalog: TopicCatalog?, into documents: inout Documents
    ) -> [BuildError] {
        let parsed = parse(kind, sources.documents[kind.folder] ?? [], in: sources.folder, catalog: catalog)
        documents[kind] = parsed.entries
        return parsed.problems
    }

    /// Reads, parses and indexes the documents of `kind` at `paths`, on all cores.
    static func parse(
        _ kind: DocumentKind, _ paths: [String], in folder: SourceFolder, catalog: TopicCatalog?
    ) -> (entries: [Document], problems: [BuildError]) {
        let results = paths.concurrentMap { path -> Result<Document, BuildFailure> in
            do throws(BuildFailure) {
                let file: SourceFile
                do throws(BuildError) { file = try folder.readDocument(path) } catch { throw BuildFailure([error]) }
                let parsed = try DocumentParser.parse(file.text, path: file.path, kind: kind, catalog: catalog)
                return .success(index(parsed, stamp: file.stamp))
            } catch {
                return .failure(error)
            }
        }
        var entries: [Document] = []
        var problems: [BuildError] = []
        for result in results {
            switch result {
            case .success(let entry): entries.append(entry)
            case .failure(let failure): problems += failure.errors
            }
        }
        return (entries, problems)
    }

    /// A document as the site keeps it: its summary (the first paragraph when the editor wrote
    /// none) and where its body is; the body itself is let go.
    static func index(_ parsed: ParsedDocument, stamp: FileStamp?) -> Document {
        Document(
            kind: parsed.kind, path: parsed.path, slug: parsed.slug, slugLocation: parsed.slugLocation,
            fields: parsed.fields, summary: parsed.summary ?? CMark.firstParagraph(of: parsed.body),
            body: BodyOrigin(
                path: parsed.path, firstLine: parsed.bodyFirstLine, fingerprint: .of(parsed.body), stamp: stamp))
    }
}
