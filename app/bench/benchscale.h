#pragma once

// How big each bench is. The full scale is the one the performance targets are stated for;
// the quick scale (about a hundredth) only proves in CI that every bench still runs.
struct BenchScale final
{
    int resources = 10'000;
    int customers = 20'000;
    int reservationsPerResource = 100;
    // A few calls before measuring so that the first ones, which open connections and load
    // the hot index pages into the page cache, do not count as steady-state latency.
    int warmup = 20;
    int holds = 2'000;
    int availabilityQueries = 500;
    int stallImportRows = 100'000; // gui_stall imports these beside the open Bookings list
    int syncCommands = 100'000;    // sync_push pushes these; sync_pull pulls at least as many
    int serverGets = 50'000;       // server_get requests over 32 connections
    int breakerCalls = 10'000'000; // breaker: calls through it closed, and refused open

    static BenchScale full() { return {}; }
    static BenchScale quick()
    {
        BenchScale scale;
        scale.resources = 100;
        scale.customers = 200;
        scale.warmup = 5;
        scale.holds = 200;
        scale.availabilityQueries = 50;
        scale.stallImportRows = 2'000;
        scale.syncCommands = 1'000;
        scale.serverGets = 2'000;
        scale.breakerCalls = 100'000;
        return scale;
    }
};
