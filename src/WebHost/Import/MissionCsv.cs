using Orchestrator.WebHost.Api;

namespace Orchestrator.WebHost.Import;

/// <summary>
/// Reads the set-up sheet (docs/csv-import.md): one row per volunteer, or per mission when the
/// volunteer columns are empty; the mission columns repeat on each of its rows and must agree.
/// Every problem is collected with its line number, and the plan is checked against the missions
/// the edition already has, so an import is refused whole before anything is written.
/// </summary>
public static class MissionCsv
{
    public const int MaxRows = 10_000;
    public const int MaxTeam = 50;

    public const string MissionId = "missionId";
    public const string MissionTitle = "missionTitle";
    public const string AssociationId = "associationId";
    public const string AssociationName = "associationName";
    public const string LeadName = "leadName";
    public const string VolunteerName = "volunteerName";
    public const string Company = "company";
    public const string Remote = "remote";

    public static readonly IReadOnlyList<string> Required = [MissionId, MissionTitle, AssociationId, AssociationName, LeadName];
    public static readonly IReadOnlyList<string> Optional = [VolunteerName, Company, Remote];

    private static readonly string AllColumns = string.Join(", ", Required.Concat(Optional));

    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = false, ["false"] = false, ["no"] = false, ["non"] = false, ["0"] = false,
        ["true"] = true, ["yes"] = true, ["oui"] = true, ["1"] = true,
    };

    public static ImportPlan Plan(string text, IReadOnlySet<string> existingMissionIds)
    {
        var errors = new List<ImportLineError>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = CsvSheet.Read(text, out var unclosedQuoteLine);
        if (unclosedQuoteLine is { } unclosed)
        {
            errors.Add(ImportLineError.Of(unclosed, null, "A quoted field opened on this line is never closed.", "csv.unclosedQuote"));
        }

        if (records.Count == 0)
        {
            errors.Add(ImportLineError.Of(1, null, $"The file is empty: a header row is required ({AllColumns}).", "csv.empty", ("columns", AllColumns)));
            return new ImportPlan([], errors);
        }

        var header = records[0];
        var columns = ReadHeader(header, errors);
        if (columns is null)
        {
            return new ImportPlan([], errors);
        }

        if (records.Count - 1 > MaxRows)
        {
            errors.Add(ImportLineError.Of(records[MaxRows + 1].Line, null, $"At most {MaxRows} rows can be imported at once.", "csv.tooManyRows", ("max", MaxRows)));
            return new ImportPlan([], errors);
        }

        var missions = new Dictionary<string, MissionDraft>(StringComparer.Ordinal);
        var associationNames = new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            ReadRow(record, columns, missions, associationNames, existingMissionIds, errors);
        }

        if (records.Count == 1)
        {
            errors.Add(ImportLineError.Of(1, null, "The file has a header but no mission.", "csv.noMission"));
        }

        var plan = missions.Values
            .Select(d => new PlannedMission(d.Line, d.Id, d.Title, d.AssociationId, d.AssociationName, d.LeadName, d.Volunteers))
            .ToList();
        return new ImportPlan(plan, errors.OrderBy(e => e.Line).ToList());
    }

    private static Dictionary<string, int>? ReadHeader(CsvRecord header, List<ImportLineError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var known = Required.Concat(Optional).ToList();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            var canonical = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                errors.Add(ImportLineError.Of(header.Line, name, $"Unknown column '{Shorten(name)}': the columns are {AllColumns}.", "csv.unknownColumn", ("column", Shorten(name)), ("columns", AllColumns)));
            }
            else if (!columns.TryAdd(canonical, i))
            {
                errors.Add(ImportLineError.Of(header.Line, canonical, $"Column '{canonical}' appears twice.", "csv.duplicateColumn", ("column", canonical)));
            }
        }

        foreach (var missing in Required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(ImportLineError.Of(header.Line, missing, $"The header row lacks the required column '{missing}'.", "csv.missingColumn", ("column", missing)));
        }

        return errors.Count == 0 ? columns : null;
    }

    private static void ReadRow(
        CsvRecord record,
        Dictionary<string, int> columns,
        Dictionary<string, MissionDraft> missions,
        Dictionary<string, (string Name, int Line)> associationNames,
        IReadOnlySet<string> existingMissionIds,
        List<ImportLineError> errors)
    {
        var line = record.Line;
        var before = errors.Count;
        if (record.Fields.Count != columns.Count)
        {
            errors.Add(ImportLineError.Of(line, null, $"This row has {record.Fields.Count} fields where the header has {columns.Count}.", "csv.fieldCount", ("fields", record.Fields.Count), ("expected", columns.Count)));
            return;
        }

        string Cell(string column) => columns.TryGetValue(column, out var i) ? record.Fields[i].Trim() : "";

        var id = Cell(MissionId);
        var title = Cell(MissionTitle);
        var associationId = Cell(AssociationId);
        var associationName = Cell(AssociationName);
        var leadName = Cell(LeadName);
        var volunteer = Cell(VolunteerName);
        var company = Cell(Company);
        var remoteText = Cell(Remote);

        var rules = new InputRules()
            .Slug(MissionId, id)
            .Label(MissionTitle, title)
            .Slug(AssociationId, associationId)
            .Label(AssociationName, associationName)
            .Label(LeadName, leadName, InputRules.NameMax)
            .Label(VolunteerName, volunteer, InputRules.NameMax, required: false)
            .Label(Company, company, InputRules.NameMax, required: volunteer.Length > 0)
            .Require(Flags.ContainsKey(remoteText), Remote, $"'{Remote}' must be empty, true/false, yes/no, oui/non or 1/0.", "csv.remoteFlag")
            .Require(volunteer.Length > 0 || (company.Length == 0 && remoteText.Length == 0), VolunteerName, $"'{Company}' and '{Remote}' need a '{VolunteerName}' on the same row.", "csv.volunteerNeeded");
        errors.AddRange(rules.Problems.Select(p => new ImportLineError(line, p.Field, p.Message, p.Code, p.Parameters)));

        if (errors.Count > before)
        {
            return;
        }

        if (existingMissionIds.Contains(id))
        {
            if (!missions.ContainsKey(id))
            {
                errors.Add(ImportLineError.Of(line, MissionId, $"Mission '{id}' already exists in this edition.", "csv.missionExists", ("mission", id)));
                missions[id] = new MissionDraft(line, id, title, associationId, associationName, leadName);
            }

            return;
        }

        if (associationNames.TryGetValue(associationId, out var association) && association.Name != associationName)
        {
            errors.Add(ImportLineError.Of(
                line,
                AssociationName,
                $"Association '{associationId}' is named '{Shorten(association.Name)}' on line {association.Line}, '{Shorten(associationName)}' here.",
                "csv.associationDisagrees",
                ("association", associationId),
                ("first", Shorten(association.Name)),
                ("firstLine", association.Line),
                ("here", Shorten(associationName))));
        }
        else
        {
            associationNames.TryAdd(associationId, (associationName, line));
        }

        if (!missions.TryGetValue(id, out var mission))
        {
            missions[id] = mission = new MissionDraft(line, id, title, associationId, associationName, leadName);
        }
        else
        {
            Agree(mission, MissionTitle, mission.Title, title, line, errors);
            Agree(mission, AssociationId, mission.AssociationId, associationId, line, errors);
            Agree(mission, LeadName, mission.LeadName, leadName, line, errors);
        }

        if (volunteer.Length == 0)
        {
            return;
        }

        if (mission.Volunteers.FirstOrDefault(v => string.Equals(v.Name, volunteer, StringComparison.OrdinalIgnoreCase)) is { } twin)
        {
            errors.Add(ImportLineError.Of(
                line, VolunteerName, $"'{Shorten(volunteer)}' is already in mission '{id}' on line {twin.Line}.", "csv.volunteerTwice", ("volunteer", Shorten(volunteer)), ("mission", id), ("firstLine", twin.Line)));
        }
        else if (mission.Volunteers.Count >= MaxTeam)
        {
            errors.Add(ImportLineError.Of(line, VolunteerName, $"Mission '{id}' would have more than {MaxTeam} volunteers.", "csv.teamTooLarge", ("mission", id), ("max", MaxTeam)));
        }
        else
        {
            mission.Volunteers.Add(new PlannedVolunteer(line, volunteer, company, Flags[remoteText]));
        }
    }

    private static void Agree(MissionDraft mission, string column, string first, string here, int line, List<ImportLineError> errors)
    {
        if (first != here)
        {
            errors.Add(ImportLineError.Of(
                line,
                column,
                $"Mission '{mission.Id}' has '{column}' '{Shorten(first)}' on line {mission.Line}, '{Shorten(here)}' here.",
                "csv.missionDisagrees",
                ("mission", mission.Id),
                ("column", column),
                ("first", Shorten(first)),
                ("firstLine", mission.Line),
                ("here", Shorten(here))));
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private sealed record MissionDraft(int Line, string Id, string Title, string AssociationId, string AssociationName, string LeadName)
    {
        public List<PlannedVolunteer> Volunteers { get; } = [];
    }
}
