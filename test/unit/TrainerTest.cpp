// The trainer: state from the library's initial values, steps feeding their new state
// back, checkpoints that survive corruption and being killed mid-save. The model is the
// hand-written fixtures/train_step_model.c, so these check the runtime alone.
#include "TestUtil.h"

#include "mcc/runtime.hpp"

#include <filesystem>
#include <fstream>
#include <random>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mcc::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

struct TrainerDeleter {
  void operator()(mcc_trainer *trainer) const { mcc_trainer_free(trainer); }
};
using TrainerPtr = std::unique_ptr<mcc_trainer, TrainerDeleter>;

TrainerPtr makeTrainer(const mcc_model *model) {
  mcc_trainer *trainer = nullptr;
  EXPECT_MCC_OK(mcc_trainer_create(model, &trainer));
  return TrainerPtr(trainer);
}

// One step on x = {1, 1}, labels = {0, 0}; returns the loss.
float stepOnce(mcc_trainer *trainer) {
  TensorPtr x = makeF32({2}, {1, 1}), t = makeF32({2}, {0, 0});
  const mcc_tensor *inputs[] = {x.get(), t.get()};
  float loss = -1;
  EXPECT_MCC_OK(mcc_trainer_step(trainer, inputs, 2, &loss, nullptr));
  return loss;
}

std::vector<float> weights(mcc_trainer *trainer) {
  return f32Values(mcc_trainer_state(trainer, 0));
}

TEST(TrainerTest, RefusesAnInferenceModel) {
  ModelPtr model = loadModel(MCC_TEST_CLASSIFIER_MODEL);
  EXPECT_EQ(mcc_model_is_train_step(model.get()), 0);
  mcc_trainer *trainer = nullptr;
  CStatus status = take(mcc_trainer_create(model.get(), &trainer));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_THAT(status.message, HasSubstr("not a training step"));
  EXPECT_EQ(trainer, nullptr);
}

TEST(TrainerTest, StartsFromTheInitialStateAndStepsIt) {
  ModelPtr model = loadModel(MCC_TEST_TRAIN_STEP_MODEL);
  ASSERT_EQ(mcc_model_is_train_step(model.get()), 1);
  TrainerPtr trainer = makeTrainer(model.get());
  ASSERT_EQ(mcc_trainer_num_inputs(trainer.get()), 2u);
  EXPECT_STREQ(mcc_trainer_input(trainer.get(), 1)->name, "labels");
  ASSERT_EQ(mcc_trainer_num_state(trainer.get()), 2u);
  EXPECT_EQ(mcc_trainer_num_params(trainer.get()), 1u);
  EXPECT_STREQ(mcc_trainer_state_name(trainer.get(), 0), "w");
  EXPECT_STREQ(mcc_trainer_state_name(trainer.get(), 1), "steps");
  EXPECT_THAT(weights(trainer.get()), ElementsAre(1.0f, 2.0f));
  EXPECT_THAT(f32Values(mcc_trainer_state(trainer.get(), 1)), ElementsAre(0.0f));

  TensorPtr x = makeF32({2}, {1, 1}), t = makeF32({2}, {0, 0});
  const mcc_tensor *inputs[] = {x.get(), t.get()};
  float loss = 0;
  mcc_tensor *prediction = nullptr;
  ASSERT_MCC_OK(mcc_trainer_step(trainer.get(), inputs, 2, &loss, &prediction));
  TensorPtr owned(prediction);
  EXPECT_FLOAT_EQ(loss, 5.0f);
  EXPECT_THAT(f32Values(prediction), ElementsAre(1.0f, 2.0f));
  EXPECT_THAT(weights(trainer.get()), ElementsAre(0.8f, 1.6f));
  EXPECT_FLOAT_EQ(stepOnce(trainer.get()), 0.64f + 2.56f);
  EXPECT_THAT(f32Values(mcc_trainer_state(trainer.get(), 1)), ElementsAre(2.0f));
}

TEST(TrainerTest, BadStepInputsChangeNothing) {
  ModelPtr model = loadModel(MCC_TEST_TRAIN_STEP_MODEL);
  TrainerPtr trainer = makeTrainer(model.get());
  TensorPtr x = makeF32({2}, {1, 1}), wide = makeF32({3}, {0, 0, 0});
  const mcc_tensor *one[] = {x.get()};
  float loss = 0;
  EXPECT_EQ(take(mcc_trainer_step(trainer.get(), one, 1, &loss, nullptr)).code,
            MCC_INVALID_ARGUMENT);
  const mcc_tensor *wrong[] = {x.get(), wide.get()};
  EXPECT_EQ(take(mcc_trainer_step(trainer.get(), wrong, 2, &loss, nullptr)).code,
            MCC_SHAPE_MISMATCH);
  EXPECT_THAT(weights(trainer.get()), ElementsAre(1.0f, 2.0f));
  TensorPtr badState = makeF32({3}, {0, 0, 0});
  EXPECT_EQ(take(mcc_trainer_set_state(trainer.get(), 0, badState.get())).code,
            MCC_SHAPE_MISMATCH);
  EXPECT_EQ(take(mcc_trainer_set_state(trainer.get(), 2, x.get())).code, MCC_INVALID_ARGUMENT);
}

TEST(TrainerTest, CheckpointsRoundTripAndRejectDamage) {
  ModelPtr model = loadModel(MCC_TEST_TRAIN_STEP_MODEL);
  TrainerPtr trainer = makeTrainer(model.get());
  stepOnce(trainer.get());
  std::string path = scratchDir() + "/checkpoint.mcc";
  ASSERT_MCC_OK(mcc_trainer_save(trainer.get(), path.c_str()));
  stepOnce(trainer.get());
  ASSERT_MCC_OK(mcc_trainer_load(trainer.get(), path.c_str()));
  EXPECT_THAT(weights(trainer.get()), ElementsAre(0.8f, 1.6f));
  EXPECT_THAT(f32Values(mcc_trainer_state(trainer.get(), 1)), ElementsAre(1.0f));

  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  stepOnce(trainer.get()); // the state now differs from the file's
  std::vector<float> before = weights(trainer.get());
  auto loadDamaged = [&](const std::string &contents) {
    std::string damaged = scratchDir() + "/damaged.mcc";
    std::ofstream(damaged, std::ios::binary) << contents;
    return take(mcc_trainer_load(trainer.get(), damaged.c_str()));
  };
  for (size_t at : {size_t(0), size_t(12), bytes.size() / 2, bytes.size() - 1}) {
    std::string flipped = bytes;
    flipped[at] ^= 0x40;
    CStatus status = loadDamaged(flipped);
    EXPECT_NE(status.code, MCC_OK) << "byte " << at;
  }
  for (size_t length : {size_t(0), size_t(7), bytes.size() - 9, bytes.size() - 1})
    EXPECT_NE(loadDamaged(bytes.substr(0, length)).code, MCC_OK) << "length " << length;
  EXPECT_THAT(loadDamaged(bytes + "x").message, HasSubstr("checksum"));
  EXPECT_EQ(weights(trainer.get()), before) << "a failed load must not change the state";
  EXPECT_EQ(take(mcc_trainer_load(trainer.get(), "/nonexistent/c.mcc")).code, MCC_NOT_FOUND);
}

// A child saves checkpoints in a loop, each with a different state, and is killed at a
// random moment; whatever is on disk then must load, and be one of the states saved.
TEST(TrainerTest, KillDuringSaveNeverCorruptsTheCheckpoint) {
  ModelPtr model = loadModel(MCC_TEST_TRAIN_STEP_MODEL);
  std::string path = scratchDir() + "/checkpoint.mcc";
  {
    TrainerPtr first = makeTrainer(model.get());
    ASSERT_MCC_OK(mcc_trainer_save(first.get(), path.c_str()));
  }
  std::mt19937 random(7);
  for (int round = 0; round < 40; ++round) {
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      TrainerPtr trainer = makeTrainer(model.get());
      for (;;) {
        stepOnce(trainer.get());
        if (mcc_status *status = mcc_trainer_save(trainer.get(), path.c_str())) {
          mcc_status_free(status);
          _exit(3);
        }
      }
    }
    usleep(200 + random() % 3000);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the saving child failed on its own";
    TrainerPtr check = makeTrainer(model.get());
    ASSERT_MCC_OK(mcc_trainer_load(check.get(), path.c_str())) << "round " << round;
    // Every state saved is w = {1, 2} * 0.8^steps.
    float steps = f32Values(mcc_trainer_state(check.get(), 1))[0];
    std::vector<float> w = weights(check.get());
    EXPECT_NEAR(w[0], std::pow(0.8f, steps), 1e-4f * std::max(1.0f, w[0]));
  }
}

TEST(TrainerTest, CppWrapper) {
  mcc::Trainer trainer = mcc::Trainer::load(MCC_TEST_TRAIN_STEP_MODEL).value();
  ASSERT_EQ(trainer.inputs().size(), 2u);
  EXPECT_EQ(trainer.state_name(0), "w");
  mcc::Tensor x = mcc::Tensor::create(MCC_DTYPE_F32, {2}).value();
  mcc::Tensor t = mcc::Tensor::create(MCC_DTYPE_F32, {2}).value();
  x.data<float>()[0] = x.data<float>()[1] = 1;
  mcc::Tensor prediction;
  EXPECT_FLOAT_EQ(trainer.step({x, t}, &prediction).value(), 5.0f);
  EXPECT_EQ(prediction.to_vector<float>().value(), (std::vector<float>{1, 2}));
  mcc::Tensor w = trainer.state(0).value();
  EXPECT_EQ(w.to_vector<float>().value(), (std::vector<float>{0.8f, 1.6f}));
  EXPECT_FALSE(mcc::Trainer::load(MCC_TEST_CLASSIFIER_MODEL));
}

} // namespace
