namespace Orchestrator.Grains.Interfaces;

[GenerateSerializer]
public enum DomainRuleKind
{
    Invalid = 0,
    NotFound = 1,
    Conflict = 2,
}
