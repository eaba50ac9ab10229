namespace Archive.Rendering.Views;

/// <summary>One field of a download as the Data page documents it.</summary>
public sealed record FieldView(string Name, string Type, string Description);
