package baeum.exercises.ch11;

import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 11 (normalization and initialization); expected values worked out by hand. */
@HiddenTests(exercise = "ch11_init_scales", count = 2)
@HiddenTests(exercise = "ch11_batch_norm", count = 2)
@HiddenTests(exercise = "ch11_running_stats", count = 2)
@HiddenTests(exercise = "ch11_group_norm", count = 2)
@ExerciseRules(exercise = "ch11_batch_norm", timeout = 30, forbidden = {"batchNorm1d", "batchNorm"})
@ExerciseRules(exercise = "ch11_group_norm", timeout = 30, forbidden = {"groupNorm"})
@ExerciseRules(exercise = "ch11_init_scales", timeout = 30)
@ExerciseRules(exercise = "ch11_running_stats", timeout = 30)
public final class Ch11PublicTests implements PublicTests {

    @Test
    @DisplayName("initScales(3, 3) is {1, sqrt(2/3)}: the Xavier bound sqrt(6/6) and the He std sqrt(2/3)")
    @Graded(exercise = "ch11_init_scales", points = 1)
    void initScalesSmall(Student s) {
        double[] got = s.call("initScales", double[].class, 3, 3);
        assertEquals(2, got.length, "initScales returns two numbers: the Xavier bound, then the He std");
        assertEquals(1.0, got[0], 1e-9, "Xavier bound");
        assertEquals(Math.sqrt(2.0 / 3.0), got[1], 1e-9, "He std");
    }

    @Test
    @DisplayName("batchNormTrain of the column (1, 3) with gamma 1, beta 0, eps 0 is (-1, 1)")
    @Graded(exercise = "ch11_batch_norm", points = 1)
    void batchNormTwoValues(Student s) {
        Tensor x = tensor(new float[][] {{1}, {3}});
        assertClose(tensor(new float[][] {{-1}, {1}}), s.tensor("batchNormTrain", x, tensor(new float[] {1f}), tensor(new float[] {0f}), 0.0));
    }

    @Test
    @DisplayName("batchNormTrain keeps the shape (N, D) and normalizes each column on its own")
    @Graded(exercise = "ch11_batch_norm", points = 1)
    void batchNormColumns(Student s) {
        // columns (1, 3) and (10, 30): both become (-1, 1) before gamma and beta
        Tensor x = tensor(new float[][] {{1, 10}, {3, 30}});
        Tensor y = s.tensor("batchNormTrain", x, tensor(1f, 1f), tensor(0f, 0f), 0.0);
        assertArrayEquals(new int[] {2, 2}, y.shape().toArray(), "output shape");
        assertClose(tensor(new float[][] {{-1, -1}, {1, 1}}), y);
    }

    @Test
    @DisplayName("runningStatsByHand returns four numbers, the first being the training-mode output for x = 8")
    @Graded(exercise = "ch11_running_stats", points = 1)
    void runningStatsFirst(Student s) {
        double[] got = s.call("runningStatsByHand", double[].class);
        assertEquals(4, got.length, "four numbers: train output, running_mean, running_var, eval output");
        // mean 5, biased variance (9 + 1 + 1 + 9) / 4 = 5
        assertEquals(3 / Math.sqrt(5 + 1e-5), got[0], 1e-4, "training-mode output for x = 8");
    }

    @Test
    @DisplayName("groupNorm with 1 group of (1, 2, 1, 2) values 1, 3, 5, 7 and eps 0 is (x - 4) / sqrt(5)")
    @Graded(exercise = "ch11_group_norm", points = 1)
    void groupNormOneGroup(Student s) {
        Tensor x = tensor(1f, 3f, 5f, 7f).view(1, 2, 1, 2);
        double r = Math.sqrt(5);
        Tensor expected = tensor((float) (-3 / r), (float) (-1 / r), (float) (1 / r), (float) (3 / r)).view(1, 2, 1, 2);
        assertClose(expected, s.tensor("groupNorm", x, 1, 0.0));
    }

    @Test
    @DisplayName("groupNorm with 2 groups of the same values normalizes each channel: (-1, 1, -1, 1)")
    @Graded(exercise = "ch11_group_norm", points = 1)
    void groupNormTwoGroups(Student s) {
        Tensor x = tensor(1f, 3f, 5f, 7f).view(1, 2, 1, 2);
        assertClose(tensor(-1f, 1f, -1f, 1f).view(1, 2, 1, 2), s.tensor("groupNorm", x, 2, 0.0));
    }
}
