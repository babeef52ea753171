/// What loading found in the site folder: the settings and the theme, read; the documents and
/// the files to copy, listed. Files that could not be listed or read are in `problems`, so
/// that they are reported with everything else wrong in the same run.
struct SiteSources: Sendable {
    /// Reads the documents (of every kind) when they are parsed and rendered.
    let folder: SourceFolder
    var siteConfig: SourceFile?
    var themes: SourceFile?
    var templates: [SourceFile]
    /// The UI strings files by language; the site's language is known once site.yaml is parsed.
    var uiStrings: [String: SourceFile]
    /// The document files of each kind, by the kind's folder: sorted paths relative to the
    /// site folder.
    var documents: [String: [String]]
    /// Theme assets and editors' media.
    var copied: [CopiedFile]
    var problems: [BuildError]

    /// Of what every document's parse depends on besides its own file: site.yaml, themes.yaml.
    var settingsFingerprint: Fingerprint {
        var fingerprint = Fingerprint()
        for file in [siteConfig, themes] { fingerprint.add(file?.text) }
        return fingerprint
    }

    /// Of the theme: templates and UI strings, by path and text.
    var themeFingerprint: Fingerprint {
        var fingerprint = Fingerprint()
        for file in templates + uiStrings.keys.sorted().compactMap({ uiStrings[$0] }) {
            fingerprint.add(file.path)
            fingerprint.add(file.text)
        }
        return fingerprint
    }
}

/// The load stage: reads the settings and the theme, lists the documents and the files to
/// copy. Documents are listed, not read.
enum Loading {
    /// Lists and reads the sources in `folder`; pictures are measured, and refused past
    /// `maxImagePixels`.
    static func load(
        _ folder: SourceFolder, kinds: [DocumentKind], maxImagePixels: Int = BuildOptions.defaultMaxImagePixels
    ) -> SiteSources {
        var problems: [BuildError] = []
        func read(_ path: String) -> SourceFile? {
            do throws(BuildError) { return try folder.read(path) } catch {
                problems.append(error)
                return nil
            }
        }
        let siteConfig = read("content/site.yaml")
        let themes = read("content/themes.yaml")
        var documents: [String: [String]] = [:]
        for kind in kinds {
            documents[kind.folder] = folder.files(
                in: kind.folder, extension: "md", required: kind.isRequired, problems: &problems)
        }
        let templateFolder = SourceFolder.templatesFolder
        var templates: [SourceFile] = []
        if FileSystem.isDirectory(folder.rootPath + "/" + templateFolder) {
            for path in folder.files(in: templateFolder, recursive: true, problems: &problems)
            where path.hasSuffix(".mustache") {
                if let file = read(path) { templates.append(file) }
            }
        } else {
            problems.append(BuildError(path: templateFolder, "folder is missing"))
        }
        var uiStrings: [String: SourceFile] = [:]
        for path in folder.files(in: SourceFolder.stringsFolder, extension: "yaml", required: true, problems: &problems)
        {
            if let file = read(path) {
                uiStrings[String(path.split(separator: "/").last!.dropLast(".yaml".count))] = file
            }
        }
        let copied =
            copiedFiles(
                folder, from: SourceFolder.assetsFolder, to: SourceFolder.assetsAddress, maxImagePixels: maxImagePixels,
                checked: false, problems: &problems)
            + copiedFiles(
                folder, from: SourceFolder.mediaFolder, to: SourceFolder.mediaAddress, maxImagePixels: maxImagePixels,
                checked: true, problems: &problems)
        return SiteSources(
            folder: folder, siteConfig: siteConfig, themes: themes, templates: templates,
            uiStrings: uiStrings, documents: documents, copied: copied, problems: problems)
    }

    /// The files under `source`, published under `published`; `checked`: each must be one a
    /// browser cannot run (`MediaSafety`), as the editors' media must.
    private static func copiedFiles(
        _ folder: SourceFolder, from source: String, to published: String, maxImagePixels: Int,
        checked: Bool, problems: inout [BuildError]
    ) -> [CopiedFile] {
        guard FileSystem.isDirectory(folder.rootPath + "/" + source) else { return [] }
        return folder.files(in: source, recursive: true, problems: &problems).compactMap { path in
            do throws(BuildError) { try folder.refuseLinkOutOfSite(path) } catch {
                problems.append(error)
                return nil
            }
            let segments = [published] + path.dropFirst(source.count + 1).split(separator: "/").map(String.init)
            guard let sitePath = SitePath.file(checking: segments) else {
                problems.append(
                    BuildError(
                        path: path,
                        "this file name cannot be part of a web address: "
                            + "rename it without '%' or '\\'"))
                return nil
            }
            if checked, let problem = safetyProblem(path, in: folder) {
                problems.append(problem)
                return nil
            }
            var file = CopiedFile(source: path, sitePath: sitePath)
            if ImageSize.isImageName(path) {
                do throws(BuildError) {
                    file.image = try ImageSize.read(path, in: folder, maxPixels: maxImagePixels)
                } catch {
                    problems.append(error)
                }
            }
            return file
        }
    }

    /// Why a media file may not be published: a name a browser runs, or an SVG with script.
    private static func safetyProblem(_ path: String, in folder: SourceFolder) -> BuildError? {
        if let problem = MediaSafety.problem(withName: path) { return problem }
        guard path.lowercased().hasSuffix(".svg") else { return nil }
        do throws(BuildError) {
            let file = try folder.read(path, maxBytes: SourceFolder.maxDocumentBytes, as: "an SVG checked for scripts")
            return MediaSafety.scriptInSVG(file.text, path: path)
        } catch {
            return error
        }
    }
}
