package baeum.teach;

import java.util.HashMap;
import java.util.Map;

/**
 * The one message table of the teaching tools ({@code explainBroadcast}, {@code graph},
 * {@code summary}, {@code gradientFlow}) and of {@code check()}'s report: every label in English
 * and in Korean, picked by {@link Lang#current()}. Arguments are filled in with
 * {@link String#format}; in Korean, a particle written with both forms ({@code %d(으)로},
 * {@code %s은(는)}, {@code %s을(를)}, {@code %s과(와)}) then becomes the one that fits the word before
 * it ({@link Korean#particles}).
 *
 * <pre>
 * jshell> baeum.teach.Messages.get("en", "bc.result")
 * $1 ==> "result"
 * </pre>
 */
public final class Messages {
    private static final Map<String, String[]> TABLE = new HashMap<>();

    private Messages() {}

    private static void put(String key, String en, String ko) {
        if (TABLE.put(key, new String[] {en, ko}) != null) throw new IllegalStateException("duplicate message " + key);
    }

    static {
        // ---- explainBroadcast ------------------------------------------------------------------
        put("bc.title", "Broadcasting %s with %s", "브로드캐스팅(broadcasting): %s과(와) %s");
        put("bc.aligned", "Shapes are aligned from the right; a missing dim counts as size 1.",
                "두 shape을 오른쪽 끝에 맞춰 세웁니다. 없는 차원은 크기 1로 봅니다.");
        put("bc.dim", "dim", "차원");
        put("bc.result", "result", "결과");
        put("bc.same", "dim %d: both are %d", "차원 %d: 둘 다 %d");
        put("bc.stretch", "dim %d: %s has size 1, stretched (repeated) to %d",
                "차원 %d: %s의 크기 1이 %d(으)로 늘어납니다(같은 값을 반복)");
        put("bc.new", "dim %d: %s has no dim here, counts as 1, stretched to %d",
                "차원 %d: %s에는 이 차원이 없어 크기 1로 보고 %d(으)로 늘어납니다");
        put("bc.new1", "dim %d: %s has no dim here, counts as 1", "차원 %d: %s에는 이 차원이 없어 크기 1로 봅니다");
        put("bc.fail", "dim %d: sizes %d and %d differ and neither is 1: cannot broadcast",
                "차원 %d: 크기가 %d, %d(으)로 서로 다르고 어느 쪽도 1이 아니라서 브로드캐스팅할 수 없습니다");
        put("bc.ok", "OK: the result has shape %s", "성공: 결과의 shape은 %s입니다");
        put("bc.scalar", "%s is 0-d (a scalar): it broadcasts to any shape",
                "%s은(는) 0차원(스칼라)이라 어떤 shape으로도 브로드캐스팅됩니다");
        put("bc.failed", "Fails at %s", "실패하는 차원: %s");
        put("bc.fixes", "Ways to fix it", "고치는 방법");
        put("bc.fix.reshape", "%s gives %s %s, which lines up with %s %s",
                "%s: %s의 shape을 %s(으)로 바꾸면 %s %s에 맞춰집니다");
        put("bc.fix.unsqueeze", "%s inserts the size-1 dims one by one: the same %s",
                "%s: 크기 1인 차원을 하나씩 끼워 넣어 같은 shape %s을(를) 만듭니다");
        put("bc.fix.transpose", "%s swaps two dims of %s: %s broadcasts with %s",
                "%s: %s의 두 차원을 맞바꿉니다. 바꾼 shape %s은(는) %s에 브로드캐스팅됩니다");
        put("bc.fix.equal", "no reshape or transpose lines these up: make the sizes at dim %d equal (%d and %d now),"
                        + " e.g. take a slice with narrow, or build the tensor with the right size",
                "reshape이나 transpose로는 맞출 수 없습니다: 차원 %d의 크기(지금 %d, %d)를 같게 만드세요."
                        + " 예: narrow로 일부만 잘라 쓰거나, 처음부터 맞는 크기로 만들기");
        put("bc.fix.reduce", "if %s's dim %d should not be there, reduce it to size 1 first, e.g. %s",
                "필요 없는 차원이라면(%s의 차원 %d) 먼저 크기 1로 줄이세요. 예: %s");

        // ---- graph -----------------------------------------------------------------------------
        put("graph.title", "Computation graph of a tensor of shape %s", "shape %s인 텐서의 계산 그래프(computation graph)");
        put("graph.param", "parameter", "파라미터");
        put("graph.leaf", "leaf, requires_grad", "잎(leaf), requires_grad");
        put("graph.input", "input (no grad)", "입력 (기울기 없음)");
        put("graph.grad", "grad %s", "기울기 %s");
        put("graph.nograd", "no grad yet", "기울기 아직 없음");
        put("graph.seeabove", "(shown above)", "(위에 나옴)");
        put("graph.params", "%s params", "파라미터 %s개");
        put("graph.collapsed", "%d modules collapsed into boxes; graph(t).expanded() shows every op",
                "모듈 %d개를 상자 하나씩으로 접었습니다. 모든 연산을 보려면 graph(t).expanded()");
        put("graph.legend", "op (grad_fn) · parameter · input · output", "연산(grad_fn) · 파라미터 · 입력 · 출력");
        put("graph.noop", "this tensor was not computed by recorded ops (a leaf, or made under noGrad())",
                "이 텐서는 기록된 연산으로 만들어지지 않았습니다 (잎 텐서이거나 noGrad() 안에서 만들어짐)");

        // ---- summary ---------------------------------------------------------------------------
        put("summary.title", "%s on a batch of shape %s", "%s 요약 (입력 배치의 shape %s)");
        put("summary.layer", "Layer (type)", "층 (종류)");
        put("summary.output", "Output shape", "출력 shape");
        put("summary.params", "Param #", "파라미터 수");
        put("summary.trainable", "Trainable", "학습 여부");
        put("summary.yes", "yes", "예");
        put("summary.no", "no", "아니요");
        put("summary.partly", "partly", "일부");
        put("summary.total", "Total parameters", "전체 파라미터");
        put("summary.trainableTotal", "Trainable parameters", "학습되는 파라미터");
        put("summary.frozen", "Non-trainable parameters", "학습되지 않는 파라미터");
        put("summary.inputMem", "Input %s, %s", "입력 %s, %s");
        put("summary.paramMem", "Parameters' memory", "파라미터 메모리");
        put("summary.actMem", "Activations' memory (every layer's output, forward pass)",
                "활성값 메모리 (모든 층의 출력, 순전파)");
        put("summary.unseen", "—: a layer without parameters inside a model that is not an nn.seq(...): Baeum runs"
                        + " that model's forward as a whole, so this layer's own output is not seen",
                "—: nn.seq(...)가 아닌 모델 안의, 파라미터 없는 층입니다. 그 모델의 forward를 한 번에 실행하므로"
                        + " 이 층의 출력 shape은 따로 보이지 않습니다");

        // ---- gradientFlow ----------------------------------------------------------------------
        put("flow.title", "Gradient flow: one row per layer (log scale)", "기울기 흐름(gradient flow): 층마다 한 줄 (로그 눈금)");
        put("flow.layer", "Layer", "층");
        put("flow.grad", "grad norm", "기울기 노름");
        put("flow.weight", "weight norm", "가중치 노름");
        put("flow.ratio", "update/weight", "업데이트/가중치");
        put("flow.nograd", "no grad", "기울기 없음");
        put("flow.noopt", "pass the optimizer, gradientFlow(model, opt), to see update/weight",
                "업데이트/가중치 비율을 보려면 옵티마이저도 넘기세요: gradientFlow(model, opt)");
        put("flow.nobackward", "No parameter has a gradient yet: call loss.backward() first.",
                "아직 기울기가 있는 파라미터가 없습니다. 먼저 loss.backward()를 호출하세요.");
        put("flow.read", "Gradients much smaller in the first layers than in the last mean the first layers barely learn"
                        + " (the vanishing gradient).",
                "앞쪽 층의 기울기가 뒤쪽 층보다 훨씬 작다면 앞쪽 층은 거의 배우지 못합니다 (기울기 소실, vanishing gradient).");
        put("flow.ratioNote", "update/weight = |Δw| / |w| of the optimizer's next step (about 1e-3 is usual)",
                "업데이트/가중치 = 옵티마이저의 다음 한 걸음에서 |Δw| / |w| (보통 1e-3 안팎)");

        // ---- check() ---------------------------------------------------------------------------
        put("check.passed", "%s: %d/%d public tests passed", "%s: 공개 테스트 %d/%d개 통과");
        put("check.hidden1", "; %d hidden test will run at grading", "; 채점 때 숨은 테스트 %d개가 더 실행됩니다");
        put("check.hiddenN", "; %d hidden tests will run at grading", "; 채점 때 숨은 테스트 %d개가 더 실행됩니다");
    }

    /** The message {@code key} in the language in force, with {@code args} filled in. */
    public static String t(String key, Object... args) {
        return get(Lang.current(), key, args);
    }

    /** The message {@code key} in {@code language} ({@code "ko"} or {@code "en"}). */
    public static String get(String language, String key, Object... args) {
        String[] m = TABLE.get(key);
        if (m == null) throw new IllegalArgumentException("Messages: no message \"" + key + "\"");
        boolean ko = Lang.KO.equals(language);
        String s = m[ko ? 1 : 0];
        if (args.length > 0) s = String.format(java.util.Locale.ROOT, s, args);
        return ko ? Korean.particles(s) : s;   // 3(으)로 -> 3으로, (2, 1)(으)로 -> (2, 1)로
    }

    /** True when the table has {@code key} (in both languages, as every entry does). */
    public static boolean has(String key) {
        return TABLE.containsKey(key);
    }

    /** Every key, for tests that check the table is complete. */
    static java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(TABLE.keySet());
    }
}
