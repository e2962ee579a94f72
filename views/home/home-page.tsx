import { Layout, type LayoutProps } from "../layout.tsx";

export interface HomePageProps {
  layout: Omit<LayoutProps, "title" | "children">;
  districtName: string | undefined;
}

// What each part of Atelier offers; a signed-in person sees the parts their role opens.
const features: Record<string, string> = {
  "/chat": "Talk with the models your district allows. Answers stream in live and are never lost to a dropped connection.",
  "/knowledge": "Upload curriculum documents and get answers that cite the page they came from.",
  "/safety": "See the safety incidents that concern your students, and follow them up.",
  "/admin": "People, roles, classes, models and settings of your district.",
};

export function HomePage({ layout, districtName }: HomePageProps) {
  const open = (layout.nav ?? []).filter((item) => features[item.href]);
  return (
    <Layout title="Home" {...layout}>
      <section class="hero" aria-labelledby="hero-title">
        <div>
          <h1 id="hero-title">{layout.viewer ? "Welcome back" : "An AI studio built for classrooms"}</h1>
          <p class="lede">
            Atelier gives students, teachers and staff{" "}
            {districtName ? (
              <>
                at <strong safe>{districtName}</strong>{" "}
              </>
            ) : (
              ""
            )}
            one place to work with AI: every conversation follows your district's safety policy, and teachers see what
            concerns their own students.
          </p>
          <div class="hero-actions">
            {layout.viewer ? (
              <a class="button" href="/chat">
                Start a conversation
              </a>
            ) : (
              <a class="button" href="/auth/sign-in">
                Sign in to begin
              </a>
            )}
          </div>
        </div>
        <div class="hero-card" aria-hidden="true">
          <p class="bubble user">Can you explain photosynthesis for a 6th grader?</p>
          <p class="bubble ai">Plants are like tiny kitchens. They take in sunlight, water and air, and cook up sugar for energy…</p>
        </div>
      </section>
      {open.length ? (
        <section class="features" aria-labelledby="features-title">
          <h2 id="features-title">Your tools</h2>
          <div class="grid">
            {open.map((item) => (
              <a class="card stretched" href={item.href}>
                <h3 safe>{item.label}</h3>
                <p safe>{features[item.href]!}</p>
              </a>
            ))}
          </div>
        </section>
      ) : (
        ""
      )}
    </Layout>
  );
}
