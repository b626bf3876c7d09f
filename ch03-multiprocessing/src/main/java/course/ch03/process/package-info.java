/**
 * Chapter 3's library for child JVMs: the code the lessons of several sections (and the exercise
 * solutions) use, kept out of the section packages, which hold only lessons.
 *
 * <ul>
 *   <li>{@link course.ch03.process.JavaProcess}: Python's {@code multiprocessing.Process} on a child
 *       JVM, taught in §3.2 and used from §3.3 on; {@link course.ch03.process.ChildMain} is the
 *       entry point of every child it starts;</li>
 *   <li>{@link course.ch03.process.ChildGroup}: a start gate that releases several child JVMs
 *       together (§3.11, §3.14);</li>
 *   <li>{@link course.ch03.process.Liveness}: whether a process that may not be ours has really
 *       ended (§3.8, and the tests of §3.4).</li>
 * </ul>
 */
package course.ch03.process;
