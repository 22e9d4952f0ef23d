package app.shortlist.demo;

/**
 * A data set to generate: how many rows, and each row in turn. Deterministic:
 * the same program structure gives the same rows. Rows are asked for in order
 * (0, 1, 2 …), one batch at a time, so a plan never needs to hold them all.
 */
interface DemoPlan {

    int total();

    DemoApplication row(int index);
}
