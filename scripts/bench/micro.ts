/** tinybench helpers shared by the child benches: batched calls, so that nanosecond operations are not timer noise. */
import { Bench } from 'tinybench';

export interface Timing {
  /** Median time of one call, in nanoseconds. */
  readonly medianNs: number;
  /** Relative margin of error of the batch mean, percent. */
  readonly rme: number;
  readonly samples: number;
  readonly callsPerSample: number;
}

export interface MicroTask {
  readonly name: string;
  /** Runs the operation `calls` times. */
  readonly fn: () => void;
  /** Calls the operation `callsPerSample` times per tinybench iteration. */
  readonly callsPerSample: number;
}

export interface MicroOptions {
  /** Time budget per task, ms. */
  readonly time: number;
  readonly warmupTime: number;
  readonly iterations?: number;
  readonly warmupIterations?: number;
}

/** Runs the tasks with tinybench (warm-up on) and returns each one's median per call. */
export async function measure(tasks: readonly MicroTask[], options: MicroOptions): Promise<Record<string, Timing>> {
  const bench = new Bench({
    time: options.time,
    warmup: true,
    warmupTime: options.warmupTime,
    iterations: options.iterations ?? 10,
    warmupIterations: options.warmupIterations ?? 5,
    throws: true,
  });
  for (const task of tasks) bench.add(task.name, task.fn);
  await bench.run();
  const timings: Record<string, Timing> = {};
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`bench task ${task.name} ended ${result.state}`);
    const calls = tasks.find((t) => t.name === task.name)?.callsPerSample ?? 1;
    timings[task.name] = {
      medianNs: (result.latency.p50 * 1e6) / calls,
      rme: result.latency.rme,
      samples: result.latency.samplesCount,
      callsPerSample: calls,
    };
  }
  return timings;
}
