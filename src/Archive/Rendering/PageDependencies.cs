namespace Archive.Rendering;

/// <summary>
/// What a page was made from, so that a preview can re-render only the pages an edit touches: the input files of the
/// records it read (<c>input/articles/x.md</c>; always <c>input/site.yml</c>), the theme templates it was rendered with
/// (<c>layouts/article.sbn-html</c>, <c>partials/links.sbn-html</c>) and the theme assets it links to
/// (<c>assets/style.css</c>). A page that links the groups named in its text also lists <see cref="AllGroups"/>: any
/// group's name, acronym or aliases can change which words become links.
/// </summary>
public sealed record PageDependencies(IReadOnlyList<string> Records, IReadOnlyList<string> Templates, IReadOnlyList<string> Assets)
{
    /// <summary>Stands for every file under <c>input/groups/</c> (the mention index is built from all of them).</summary>
    public const string AllGroups = "input/groups/*";

    public static readonly PageDependencies None = new([], [], []);
}
