namespace PnpSamtale.LocalTenant.Faults;

/// <summary>
/// The <see cref="EndpointFault"/>s in force, changeable while the server runs, with how many requests each matched
/// and hit. Decisions use a <see cref="Random"/> of their own seeded with <see cref="FaultOptions.Seed"/>, so the
/// throttling decisions of <see cref="FaultInjector"/> stay as they were and a run is repeatable.
/// </summary>
internal sealed class EndpointFaults
{
    private readonly Lock gate = new();
    private readonly Random random;
    private readonly List<Entry> entries = [];
    private int nextId = 1;

    /// <summary>Creates the registry with the faults of <paramref name="options"/>.</summary>
    public EndpointFaults(FaultOptions options)
    {
        random = new Random(options.Seed);
        foreach (var fault in options.Endpoints)
        {
            Add(fault);
        }
    }

    /// <summary>Whether any fault is in force (until then no response is buffered).</summary>
    public bool Any
    {
        get
        {
            lock (gate)
            {
                return entries.Count > 0;
            }
        }
    }

    /// <summary>Adds a fault and returns its state; <see cref="ArgumentException"/> naming every problem when it is invalid.</summary>
    public EndpointFaultState Add(EndpointFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var problems = fault.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(fault));
        }

        lock (gate)
        {
            var entry = new Entry(nextId++, fault);
            entries.Add(entry);
            return entry.State;
        }
    }

    /// <summary>Removes the fault with <paramref name="id"/>; false when there is none.</summary>
    public bool Remove(int id)
    {
        lock (gate)
        {
            return entries.RemoveAll(e => e.Id == id) > 0;
        }
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    /// <summary>The faults in force, oldest first.</summary>
    public IReadOnlyList<EndpointFaultState> Snapshot()
    {
        lock (gate)
        {
            return [.. entries.Select(e => e.State)];
        }
    }

    /// <summary>
    /// Counts a request to <paramref name="endpoint"/> against every fault set on it and returns the one that hits it,
    /// if any (the oldest, when several would). <paramref name="listTitle"/> is asked only when a fault names a list.
    /// </summary>
    public EndpointFault? Decide(string endpoint, Func<string?> listTitle)
    {
        lock (gate)
        {
            EndpointFault? hit = null;
            string? title = null;
            var titleRead = false;
            foreach (var entry in entries.Where(e => string.Equals(e.Fault.Endpoint, endpoint, StringComparison.OrdinalIgnoreCase)))
            {
                if (entry.Fault.List is { } list)
                {
                    if (!titleRead)
                    {
                        title = listTitle();
                        titleRead = true;
                    }

                    if (!string.Equals(list, title, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                }

                entry.Matched++;
                var eligible = entry.Matched >= entry.Fault.FromMatch && (entry.Fault.Times == 0 || entry.Fired < entry.Fault.Times);
                if (hit is null && eligible && (entry.Fault.Rate >= 1 || random.NextDouble() < entry.Fault.Rate))
                {
                    entry.Fired++;
                    hit = entry.Fault;
                }
            }

            return hit;
        }
    }

    private sealed class Entry(int id, EndpointFault fault)
    {
        public int Id { get; } = id;

        public EndpointFault Fault { get; } = fault;

        public int Matched { get; set; }

        public int Fired { get; set; }

        public EndpointFaultState State => new(Id, Fault, Matched, Fired);
    }
}
