using Archive.Linking;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary><see cref="Site.WithArticle"/>: the preview's site for an edited title or summary, before linking again.</summary>
public sealed class SiteWithArticleTests
{
    [Fact]
    public void WithArticle_NewTitle_IsTheRecordEverywhereItIsLookedUpAndInItsNotes()
    {
        var site = Linked.Valid().Site;
        var old = site.Article("daily-report")!;
        var edited = old with { Title = "Truce, retitled", Summary = "A new summary." };

        var copy = site.WithArticle(edited);

        Assert.Same(edited, copy.Article("daily-report"));
        Assert.Contains(edited, copy.Articles);
        Assert.Contains(edited, copy.ArticlesChronological);
        Assert.Equal(site.Articles.Select(a => a.Id), copy.Articles.Select(a => a.Id));
        Assert.Equal(site.ArticlesChronological.Select(a => a.Id), copy.ArticlesChronological.Select(a => a.Id));
        // The article's own note is cited by the article: under its new title.
        var note = Assert.Single(copy.QuotesIn("daily-report"), q => q.CitedByKind == CitedByKind.Note);
        Assert.Equal("Truce, retitled", note.CitedByTitle);
        // The rest of what it quotes is as it was, in the same order.
        Assert.Equal(site.QuotesIn("daily-report").Select(q => (q.AnchorId, q.CitedByKind == CitedByKind.Note ? null : q.CitedByTitle)),
            copy.QuotesIn("daily-report").Select(q => (q.AnchorId, q.CitedByKind == CitedByKind.Note ? null : q.CitedByTitle)));
        // The site it came from is untouched.
        Assert.Same(old, site.Article("daily-report"));
        Assert.Equal(old.Title, Assert.Single(site.QuotesIn("daily-report"), q => q.CitedByKind == CitedByKind.Note).CitedByTitle);
    }

    [Fact]
    public void WithArticle_MovedDate_IsRefused()
    {
        var site = Linked.Valid().Site;
        var old = site.Article("daily-report")!;

        Assert.Throws<ArgumentException>(() => site.WithArticle(old with { Published = site.Article("weekly-analysis")!.Published }));
    }
}
