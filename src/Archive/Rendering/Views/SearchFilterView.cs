namespace Archive.Rendering.Views;

/// <summary>One facet value of a record in the search index: <c>group</c> = "Kataib Hezbollah".</summary>
public sealed record SearchFilterView(string Name, string Value);
