/**
 * A step function of whole days (the collection ladder, the debt classes) tabulated once per
 * review, so that a million rows look their value up instead of walking the policy's steps.
 */
export class DayTable<T> {
  private constructor(
    private readonly firstDay: number,
    private readonly values: T[]
  ) {}

  /**
   * Tabulates `valueAt` on [firstDay, lastDay]. The function must be constant below firstDay and
   * above lastDay (true when they lie beyond every step), so clamping to the ends is exact.
   */
  static of<T>(firstDay: number, lastDay: number, valueAt: (days: number) => T): DayTable<T> {
    const values: T[] = [];
    for (let days = firstDay; days <= lastDay; days++) values.push(valueAt(days));
    return new DayTable(firstDay, values);
  }

  at(days: number): T {
    const index = days - this.firstDay;
    if (index <= 0) return this.values[0];
    if (index >= this.values.length) return this.values[this.values.length - 1];
    return this.values[index];
  }
}
