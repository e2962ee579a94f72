import { Layout, type LayoutProps } from "../layout.tsx";

export interface HomePageProps {
  layout: Omit<LayoutProps, "title" | "children">;
  districtName: string | undefined;
}

const features = [
  { title: "Chat", text: "Talk with the models your district allows. Answers stream in live and are never lost to a dropped connection." },
  { title: "Compare", text: "Ask two models the same question side by side and see which one teaches it better." },
  { title: "Assistants", text: "Run classroom assistants built from prompt chains: lesson plans, feedback, rubrics." },
  { title: "Knowledge", text: "Upload curriculum documents and get answers that cite the page they came from." },
];

export function HomePage({ layout, districtName }: HomePageProps) {
  return (
    <Layout title="Home" {...layout}>
      <section class="hero" aria-labelledby="hero-title">
        <div>
          <h1 id="hero-title">An AI studio built for classrooms</h1>
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
          <p class="bubble ai">
            Plants are like tiny kitchens. They take in sunlight, water and air, and cook up sugar for energy…
          </p>
        </div>
      </section>
      <section class="features" aria-labelledby="features-title">
        <h2 id="features-title">What you can do</h2>
        <div class="grid">
          {features.map((f) => (
            <article class="card">
              <h3 safe>{f.title}</h3>
              <p safe>{f.text}</p>
            </article>
          ))}
        </div>
      </section>
    </Layout>
  );
}
