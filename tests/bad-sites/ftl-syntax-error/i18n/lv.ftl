news-latest = Jaunākās ziņas
news-more = { $count
