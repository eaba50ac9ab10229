namespace Archive.Content;

/// <summary>What sort of document an article is (<c>kind:</c>), in display order.</summary>
public enum ArticleKind
{
    News,
    Wire,
    Analysis,
    Opinion,
    Blog,
    Statement,
    Document,
}
