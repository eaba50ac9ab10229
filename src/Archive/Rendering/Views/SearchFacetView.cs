namespace Archive.Rendering.Views;

/// <summary>A facet of the search page: its key in the index (<c>group</c>) and its heading ("Group").</summary>
public sealed record SearchFacetView(string Key, string Label);
