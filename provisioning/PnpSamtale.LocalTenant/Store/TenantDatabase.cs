using Microsoft.Data.Sqlite;

namespace PnpSamtale.LocalTenant.Store;

/// <summary>
/// The SQLite database behind the tenant: one connection, one lock. Every unit of work runs in its own transaction
/// under the lock, so concurrent requests are serialised and a failed request changes nothing.
/// </summary>
internal sealed class TenantDatabase : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();
    private readonly TimeProvider clock;

    /// <summary>Opens (and creates the schema of) the database in <paramref name="dataDirectory"/>, or in memory when null.</summary>
    public TenantDatabase(string? dataDirectory, TimeProvider clock)
    {
        this.clock = clock;
        var builder = new SqliteConnectionStringBuilder { Pooling = false };
        if (dataDirectory is null)
        {
            builder.DataSource = ":memory:";
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            builder.DataSource = Path.Combine(dataDirectory, LocalTenantOptions.DatabaseFileName);
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }

        IsInMemory = dataDirectory is null;
        connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        if (Schema.Create(connection, IsInMemory))
        {
            Run(Items.UniqueValues.Rebuild);
        }
    }

    /// <summary>Whether the state lives in memory only.</summary>
    public bool IsInMemory { get; }

    /// <summary>Runs <paramref name="work"/> in a transaction and returns its result; an exception rolls it back.</summary>
    public T Run<T>(Func<StoreSession, T> work)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            var result = work(new StoreSession(connection, transaction, clock));
            transaction.Commit();
            return result;
        }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction; an exception rolls it back.</summary>
    public void Run(Action<StoreSession> work) => Run(session =>
    {
        work(session);
        return 0;
    });

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }
}
