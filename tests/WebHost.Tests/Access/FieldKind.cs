namespace Orchestrator.WebHost.Tests.Access;

/// <summary>What a JSON field of a request holds, so the corpus knows how to break it.</summary>
public enum FieldKind
{
    Slug,
    Label,
    OptionalLabel,
    Text,
    OptionalText,
    Choice,
    Date,
    Flag,
    List,
    Object,
    OptionalLink,
}
