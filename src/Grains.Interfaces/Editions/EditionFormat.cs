namespace Orchestrator.Grains.Interfaces.Editions;

/// <summary>The formats Pro Bono Lab runs; each has its own default milestone list.</summary>
[GenerateSerializer]
public enum EditionFormat
{
    Factory = 0,
    Marathon = 1,
    Distanced = 2,
    Booster = 3,
}
