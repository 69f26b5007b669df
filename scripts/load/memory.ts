import { readFileSync } from 'node:fs';

/** Resident memory of a process over time. */
export interface MemorySampler {
  /** Samples so far, in MB, with a label for the phase they were taken in. */
  readonly samples: { phase: string; mb: number }[];
  setPhase(phase: string): void;
  stop(): void;
}

/** The VmRSS of a process in MB, from /proc (Linux); undefined when it cannot be read. */
export function readRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** Samples the RSS of `pid` every `everyMs`. */
export function sampleMemory(pid: number, everyMs = 200): MemorySampler {
  const samples: { phase: string; mb: number }[] = [];
  let phase = 'idle';
  const take = () => {
    const mb = readRssMb(pid);
    if (mb !== undefined) samples.push({ phase, mb });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    setPhase(next) {
      phase = next;
      take();
    },
    stop() {
      take();
      clearInterval(timer);
    },
  };
}

/** The largest sample of the phases whose name starts with `prefix`. */
export function peakMb(sampler: MemorySampler, prefix = ''): number {
  return Math.max(0, ...sampler.samples.filter((s) => s.phase.startsWith(prefix)).map((s) => s.mb));
}

/** CPU seconds (user + system) a process has used so far, from /proc; 0 when unreadable. */
export function readCpuSeconds(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
