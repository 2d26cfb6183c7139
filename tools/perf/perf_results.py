"""Reads the raw results tools/perf/run-benchmarks.sh leaves in BUILD/perf (see sections.sh for
what each file holds): timed runs, facts, benchmark medians, commands and failures."""
import json, os, statistics


class Results:
    def __init__(self, raw):
        self.raw = raw
        self.medians, self.rows = {}, {}
        try:
            benchmarks = json.loads(self.text("benchmarks.json") or "{}").get("benchmarks", [])
        except json.JSONDecodeError:  # a run stopped halfway
            benchmarks = []
        self.benchmark_errors = sorted({f"{b['run_name'].split('/')[0]}: {b.get('error_message', '')}"
                                        for b in benchmarks if b.get("error_occurred")})
        if benchmarks:
            for b in benchmarks:
                name = b["run_name"].split("/")[0]
                if b.get("aggregate_name") == "median":
                    self.medians[name] = b["real_time"]
                if "rows" in b and not b.get("aggregate_name"):
                    self.rows[name] = b["rows"]

    def text(self, name):
        path = os.path.join(self.raw, name)
        return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else ""

    def runs(self, name):
        """[(seconds, peak KiB)] of the counted runs of NAME."""
        return [tuple(float(x) for x in l.split()) for l in self.text(name + ".times").splitlines()
                if len(l.split()) == 2]

    def seconds(self, name):
        """The median elapsed seconds of NAME's runs, or None."""
        r = self.runs(name)
        return statistics.median(x[0] for x in r) if r else None

    def peak_mb(self, name):
        """The largest peak RSS of NAME's runs in MB, or None."""
        r = self.runs(name)
        return max(x[1] for x in r) / 1024 if r else None

    def spread(self, name):
        """Every run's seconds, for the reader to see the noise."""
        return " / ".join(f"{x[0]:g}" for x in self.runs(name))

    def facts(self, section):
        """SECTION.facts as a dict (the value is the rest of the line)."""
        out = {}
        for line in self.text(section + ".facts").splitlines():
            key, _, value = line.partition(" ")
            out[key] = value
        return out

    def statements(self, name):
        """The median of the floor's statement times (sqlite3 .timer), seconds, or None."""
        v = [float(x) for x in self.text(name + ".statements").split()]
        return statistics.median(v) if v else None

    def command(self, name):
        return self.text(name + ".cmd").strip()

    def failures(self):
        """The runs that failed, of the timed commands and of zx_benchmarks."""
        return [l for l in self.text("failures.txt").splitlines() if l.strip()] + self.benchmark_errors
