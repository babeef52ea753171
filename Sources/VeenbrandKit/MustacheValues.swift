import Mustache

// The one place where typed page contexts become Mustache values. swift-mustache would find
// fields by reflection (a Mirror per lookup, most of the template stage's time); these
// switches give the same answers directly. `MustacheValuesTests` checks that every stored
// field is answered, so a field added to a view cannot be forgotten here.

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(self.title)
        case "description": MustacheText(self.description)
        case "language": MustacheText(self.language)
        case "baseURL": MustacheText(self.baseURL)
        case "contactEmail": self.contactEmail.map(MustacheText.init)
        case "contactPhone": self.contactPhone.map(MustacheText.init)
        case "contactPhoneHref": self.contactPhoneHref.map(MustacheText.init)
        case "newsletter": self.newsletter.map(MustacheText.init)
        case "feedURL": MustacheText(self.feedURL)
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(self.title)
        case "documentTitle": MustacheText(self.documentTitle)
        case "description": MustacheText(self.description)
        case "canonical": MustacheText(self.canonical)
        case "ogType": MustacheText(self.ogType)
        case "ogImage": self.ogImage.map(MustacheText.init)
        case "feeds": self.feeds
        case "inNieuws": self.inNieuws
        case "inThemas": self.inThemas
        case "inTrefwoorden": self.inTrefwoorden
        case "noindex": self.noindex
        default: nil
        }
    }
}

extension FeedLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(self.title)
        case "url": MustacheText(self.url)
        default: nil
        }
    }
}

extension TermLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheText(self.name)
        case "url": MustacheText(self.url)
        default: nil
        }
    }
}

extension ArticleItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(self.title)
        case "url": MustacheText(self.url)
        case "date": MustacheText(self.date)
        case "isoDate": MustacheText(self.isoDate)
        case "summary": MustacheText(self.summary)
        case "themes": self.themes
        case "hasThemes": self.hasThemes
        case "isDraft": self.isDraft
        case "isScheduled": self.isScheduled
        case "card": MustacheText(self.card)
        default: nil
        }
    }
}

extension CardContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "t": self.t
        default: self.item.child(named: name)
        }
    }
}

extension Labels: MustacheParent {
    func child(named name: String) -> Any? { values[name].map(MustacheText.init) }
}

extension TermView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheText(self.name)
        case "url": MustacheText(self.url)
        case "description": MustacheText(self.description)
        case "count": self.count
        case "isSingle": self.isSingle
        case "feedURL": self.feedURL.map(MustacheText.init)
        default: nil
        }
    }
}

extension Pagination: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "current": self.current
        case "total": self.total
        case "previousURL": self.previousURL.map(MustacheText.init)
        case "nextURL": self.nextURL.map(MustacheText.init)
        case "isPaginated": self.isPaginated
        default: nil
        }
    }
}

extension ArticleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(self.title)
        case "url": MustacheText(self.url)
        case "date": MustacheText(self.date)
        case "isoDate": MustacheText(self.isoDate)
        case "updatedDate": self.updatedDate.map(MustacheText.init)
        case "updatedISODate": self.updatedISODate.map(MustacheText.init)
        case "author": self.author.map(MustacheText.init)
        case "image": self.image.map(MustacheText.init)
        case "summary": MustacheText(self.summary)
        case "html": MustacheText(self.html)
        case "themes": self.themes
        case "keywords": self.keywords
        case "hasThemes": self.hasThemes
        case "hasKeywords": self.hasKeywords
        case "hasTerms": self.hasTerms
        case "related": self.related
        case "hasRelated": self.hasRelated
        case "isDraft": self.isDraft
        case "isScheduled": self.isScheduled
        default: nil
        }
    }
}

extension HomeContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "t": self.t
        case "page": self.page
        case "isFirstPage": self.isFirstPage
        case "articles": self.articles
        case "pagination": self.pagination
        default: nil
        }
    }
}

extension ArticleContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "t": self.t
        case "page": self.page
        case "article": self.article
        default: nil
        }
    }
}

extension TermIndexContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "t": self.t
        case "page": self.page
        case "terms": self.terms
        default: nil
        }
    }
}

extension TermContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "t": self.t
        case "page": self.page
        case "term": self.term
        case "articles": self.articles
        case "pagination": self.pagination
        default: nil
        }
    }
}

extension NotFoundContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "t": self.t
        case "page": self.page
        default: nil
        }
    }
}

/// A text value as templates see it: rendered as it is (escaped by `{{ }}`), without the
/// dynamic casts and `String(describing:)` that swift-mustache applies to a plain `String`.
struct MustacheText: MustacheCustomRenderable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
}
