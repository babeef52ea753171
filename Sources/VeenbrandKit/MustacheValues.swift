import Mustache

// The one place where typed page contexts become Mustache values. swift-mustache would find
// fields by reflection (a Mirror per lookup, most of the template stage's time); these
// switches give the same answers directly. `MustacheValuesTests` checks that every stored
// field is answered, so a field added to a view cannot be forgotten here.

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "description": self.description
        case "language": self.language
        case "baseURL": self.baseURL
        case "contactEmail": self.contactEmail
        case "contactPhone": self.contactPhone
        case "contactPhoneHref": self.contactPhoneHref
        case "newsletter": self.newsletter
        case "feedURL": self.feedURL
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "documentTitle": self.documentTitle
        case "description": self.description
        case "canonical": self.canonical
        case "ogType": self.ogType
        case "ogImage": self.ogImage
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
        case "title": self.title
        case "url": self.url
        default: nil
        }
    }
}

extension TermLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        default: nil
        }
    }
}

extension ArticleItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "date": self.date
        case "isoDate": self.isoDate
        case "summary": self.summary
        case "themes": self.themes
        case "hasThemes": self.hasThemes
        case "isDraft": self.isDraft
        case "isScheduled": self.isScheduled
        default: nil
        }
    }
}

extension TermView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "description": self.description
        case "count": self.count
        case "isSingle": self.isSingle
        case "feedURL": self.feedURL
        default: nil
        }
    }
}

extension Pagination: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "current": self.current
        case "total": self.total
        case "previousURL": self.previousURL
        case "nextURL": self.nextURL
        case "isPaginated": self.isPaginated
        default: nil
        }
    }
}

extension ArticleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "date": self.date
        case "isoDate": self.isoDate
        case "updatedDate": self.updatedDate
        case "updatedISODate": self.updatedISODate
        case "author": self.author
        case "image": self.image
        case "summary": self.summary
        case "html": self.html
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
